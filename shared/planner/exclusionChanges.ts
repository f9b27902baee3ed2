/**
 * The exclude changes of a proposal: one per motion and conflict cleared, its accounts sorted
 * and its reason worded from what it cleared.
 */
import type { Side } from '../domain/types';
import type { ProposedChange } from './plannerTypes';
import { clearedText, plural, type Cleared } from './reasons';
import type { ExclusionTally, Tally } from './exclusionSteps';

export function exclusionChanges(
  tallies: Iterable<ExclusionTally>,
  names: ReadonlyMap<string, string>,
  tick: () => void,
): ProposedChange[] {
  const out: ProposedChange[] = [];
  const sorted = [...tallies].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  sorted.forEach((t) => {
    tick();
    const key = t.key;
    const name = names.get(t.motionId) ?? t.motionId;
    const cleared = t.cleared.values();
    out.push({
      id: `exclude:${key}`,
      kind: 'exclude',
      motionId: t.motionId,
      motionIds: [t.motionId],
      accountIds: [...t.accountIds].sort(),
      reason: `${plural(t.accountIds.length, 'account')} taken out of ${name}: ${clearedText(cleared)}`,
      clears: {
        block: sumOf(cleared, 'block'),
        warn: sumOf(cleared, 'warn'),
        info: sumOf(cleared, 'info'),
      },
    });
  });
  return out;
}

const sumOf = (cleared: readonly Cleared[], severity: string) =>
  cleared.filter((c) => c.severity === severity).reduce((n, c) => n + c.count, 0);

/** The primary change of one account: its team set (or changed), the other side silenced. */
export function primaryChange(
  account: { id: string; name: string },
  side: Side,
  previous: Side | null,
  silenceMotionIds: string[],
  motionNames: ReadonlyMap<string, string>,
  cleared: readonly Cleared[],
  tally: Tally,
): ProposedChange {
  const names = silenceMotionIds.map((id) => motionNames.get(id) ?? id);
  const verb = previous === null ? 'set' : `changed from ${previous}`;
  return {
    id: `primary:${account.id}`,
    kind: 'primary',
    accountId: account.id,
    side,
    previous,
    silenceMotionIds,
    motionIds: silenceMotionIds,
    reason: `primary team of ${account.name} ${verb} to ${side}${names.length > 0 ? `; ${names.join(', ')} go${names.length === 1 ? 'es' : ''} silent on it` : ''}: ${clearedText(cleared)}`,
    clears: { ...tally },
  };
}
