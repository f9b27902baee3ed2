/**
 * A resolution as a change the engine can try (see preview.ts): the same edits
 * resolve.ts makes to the stored rows, expressed on the index's own motions and accounts, for
 * the accounts behind a group. Accepting changes no conflict, so it has no engine change.
 */
import type { ConflictIndex } from './conflictIndex';
import type { PlanChange } from './preview';
import type { AudienceMembers, ConflictMotion, Resolution } from './types';

function motionAt(index: ConflictIndex, id: string): { m: number; motion: ConflictMotion } {
  const m = index.motionPosition(id);
  const motion = m === undefined ? null : index.plan.motions[m];
  if (m === undefined || !motion) throw new Error('The motion no longer exists.');
  return { m, motion };
}

/** The motion without the given accounts: off its include list, onto its exclude list. */
function withoutAccounts(
  index: ConflictIndex,
  id: string,
  positions: readonly number[],
): { motion: ConflictMotion; audience: AudienceMembers } {
  const { m, motion } = motionAt(index, id);
  const out = new Set(positions);
  const ids = new Set(positions.map((i) => index.plan.accounts[i]!.id));
  // A set, not includes() per id: a group can hold tens of thousands of accounts.
  const exclude = [...new Set([...motion.audience.exclude, ...ids])];
  const audience = Int32Array.from(index.plan.audiences[m] ?? []).filter((i) => !out.has(i));
  return {
    motion: {
      ...motion,
      audience: {
        ...motion.audience,
        include: motion.audience.include.filter((x) => !ids.has(x)),
        exclude,
      },
    },
    audience,
  };
}

/** `positions`: the accounts behind the group, as the resolution will be applied to them. */
export function resolutionChange(
  index: ConflictIndex,
  resolution: Resolution,
  positions: readonly number[],
): PlanChange | null {
  switch (resolution.kind) {
    case 'shift-motion': {
      const { m, motion } = motionAt(index, resolution.motionId);
      const moved = { ...motion, start: resolution.start, end: resolution.end };
      return { motions: [{ motion: moved, audience: index.plan.audiences[m]! }], accounts: [] };
    }
    case 'exclude-accounts':
      return { motions: [withoutAccounts(index, resolution.motionId, positions)], accounts: [] };
    case 'set-primary-team':
      return {
        motions: resolution.silenceMotionIds.map((id) => withoutAccounts(index, id, positions)),
        accounts: positions.map((i) => ({
          ...index.plan.accounts[i]!,
          primaryTeam: resolution.side,
        })),
      };
    case 'accept':
      return null;
  }
}
