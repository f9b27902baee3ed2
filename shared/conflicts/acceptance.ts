/**
 * Accepting a conflict: the acceptance stores a fingerprint of what was accepted — the dates
 * and audiences of the motions involved (and the blackout's dates for a blackout conflict).
 * When any of them changes, the fingerprint no longer matches and the acceptance is void.
 */
import type { Blackout, ConflictAcceptance, Motion } from '../domain/types';
import { toDayNumber } from '../dates/calendarDate';
import { hash53 } from './hash';
import type { ConflictGroup } from './types';

type FingerprintMotion = Pick<Motion, 'id' | 'start' | 'end' | 'audience' | 'status' | 'channel'>;

function motionPart(m: FingerprintMotion): string {
  const a = m.audience;
  const sorted = (xs: readonly (string | number)[]) => [...xs].map(String).sort().join(',');
  return [
    m.id,
    m.start,
    m.end,
    sorted(a.tiers),
    sorted(a.segments),
    sorted(a.include),
    sorted(a.exclude),
  ].join(';');
}

/** The motions a group is about; for contact pressure, every motion running in its week. */
export function motionsOfGroup<M extends FingerprintMotion>(
  group: Pick<ConflictGroup, 'motionIds' | 'week'>,
  motions: readonly M[],
): M[] {
  if (group.week) {
    const monday = toDayNumber(group.week);
    return motions.filter(
      (m) =>
        m.status !== 'Aborted' &&
        toDayNumber(m.start) <= monday + 6 &&
        toDayNumber(m.end) >= monday,
    );
  }
  return motions.filter((m) => group.motionIds.includes(m.id));
}

export function groupFingerprint(
  group: Pick<ConflictGroup, 'motionIds' | 'week' | 'blackoutId'>,
  motions: readonly FingerprintMotion[],
  blackouts: readonly Blackout[],
): string {
  const parts = motionsOfGroup(group, motions).map(motionPart).sort();
  const blackout = blackouts.find((b) => b.id === group.blackoutId);
  if (blackout)
    parts.push(`blackout;${blackout.start};${blackout.end};${JSON.stringify(blackout.scope)}`);
  return hash53(parts.join('|'));
}

/** The acceptance that still holds for a group, or null (none, or void since a change). */
export function validAcceptance(
  groupId: string,
  fingerprint: string,
  acceptances: ReadonlyMap<string, ConflictAcceptance>,
): ConflictAcceptance | null {
  const found = acceptances.get(groupId);
  return found && found.fingerprint === fingerprint ? found : null;
}

export function newAcceptance(
  groupId: string,
  fingerprint: string,
  note: string,
  acceptedAt: string,
): ConflictAcceptance {
  return { id: groupId, note: note.trim(), acceptedAt, fingerprint };
}
