/**
 * Which motions a sync must re-detect, and whether patching them is worth it: the conflicts
 * worker keeps its ConflictIndex current motion by motion (updateMotion re-sweeps the motion's
 * old and new audience), which is quick for an edit or a resolution but not for a planner
 * Accept that moves hundreds of motions at once. At 100,000 accounts × 1,000 motions the 562
 * motions of the bench's proposal re-swept ~12.5 million accounts (old plus new audiences),
 * 104 s, where a full detection takes ~1.2 s; so past FULL_DETECTION_SWEEPS a sync detects
 * in full instead.
 */
import type { AudienceMembers, ConflictIndex, ConflictMotion } from '../../../../shared/conflicts';

/**
 * Re-sweeps (old plus new audience sizes of the edited motions) per account in the plan
 * beyond which a full detection is the quicker way. Measured in Node (2026-12-03, p15z, loaded
 * machine): one unit of those sizes costs 2–8 µs patched, an account of a full detection
 * 10–15 µs, and the summary after a full one is ~30% dearer; so both cost about the same
 * near 2–5, and 2 keeps every edit of one motion (at most 2 per account) incremental.
 */
export const FULL_DETECTION_SWEEPS = 2;

/** What the rules read of a motion; other edits (budget, colour) need no re-detection. */
export function motionKey(m: ConflictMotion): string {
  const { id, name, team, channel, start, end, touchesPerWeek, theme, status, audience } = m;
  // accountDates: an account's own days (a staggered wave, a hand-over) are the rules' input
  // too; a Stagger or Hand-over change alone edits nothing else of the motion.
  const accountDates = m.accountDates ?? null;
  return JSON.stringify([
    id,
    name,
    team,
    channel,
    start,
    end,
    touchesPerWeek,
    theme,
    status,
    audience,
    accountDates,
  ]);
}

export interface MotionEdit {
  id: string;
  /** Null when the motion was deleted. */
  motion: ConflictMotion | null;
  audience: AudienceMembers | null;
  key: string | null;
}

export interface MotionEdits {
  edits: MotionEdit[];
  /** Old plus new audience sizes of the edited motions: the accounts updateMotion re-sweeps. */
  sweeps: number;
}

/** The motions whose key differs from `keys` (the index's), and the deleted ones. */
export function motionEdits<M extends ConflictMotion>(
  idx: ConflictIndex,
  motions: readonly M[],
  keys: ReadonlyMap<string, string>,
  resolve: (m: M) => AudienceMembers,
): MotionEdits {
  const edits: MotionEdit[] = [];
  let sweeps = 0;
  const oldSize = (id: string) => {
    const m = idx.motionPosition(id);
    return m === undefined ? 0 : (idx.plan.audiences[m]?.length ?? 0);
  };
  const seen = new Set<string>();
  for (const m of motions) {
    seen.add(m.id);
    const key = motionKey(m);
    if (keys.get(m.id) === key) continue;
    const audience = resolve(m);
    sweeps += oldSize(m.id) + audience.length;
    edits.push({ id: m.id, motion: m, audience, key });
  }
  for (const id of keys.keys()) {
    if (seen.has(id)) continue;
    sweeps += oldSize(id);
    edits.push({ id, motion: null, audience: null, key: null });
  }
  return { edits, sweeps };
}

/** True when re-sweeping `sweeps` accounts would take longer than detecting in full. */
export function fullDetectionIsQuicker(sweeps: number, accountCount: number): boolean {
  return sweeps > FULL_DETECTION_SWEEPS * accountCount;
}
