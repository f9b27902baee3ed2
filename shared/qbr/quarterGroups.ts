/**
 * The conflict groups of one quarter, tallied by rule, with the accepted ones in full. Listing
 * every group (listGroups) built tens of thousands of titles, windows and ids the pack never
 * shows (~0.5 s at 100,000 accounts): here each slot's window (slotWindow, the one
 * materialize uses) is tested against the quarter, an id is made only for a group inside the
 * quarter, and the full group only for the first group of a rule (its severity) and for one
 * with a decision.
 */
import { groupOf, rulesOf, type ConflictIndex, type ConflictGroup } from '../conflicts';
import { groupFingerprint, validAcceptance } from '../conflicts/acceptance';
import { groupIdOf } from '../conflicts/ids';
import { REC_BLACKOUT, REC_PAIR } from '../conflicts/records';
import { isWeekly, slotWindow } from '../conflicts/slotWindow';
import { fromDayNumber } from '../dates/calendarDate';
import type { Blackout, ConflictAcceptance, ConflictRule, Motion, Severity } from '../domain/types';

export interface RuleCount {
  severity: Severity;
  groups: number;
  accounts: number;
  acceptedGroups: number;
  acceptedAccounts: number;
}

export interface AcceptedGroup {
  group: ConflictGroup;
  note: string;
  acceptedAt: string;
}

export interface QuarterGroups {
  byRule: Map<ConflictRule, RuleCount>;
  accepted: AcceptedGroup[];
}

/**
 * The group id as materialize's groupOf makes it (groupKeyText, hashed), without the rest of
 * the group: the key text is written out directly, because the arrays, sort and join of
 * groupKeyText were most of the cost of hashing every slot of a large plan. The motion ids
 * come sorted as Array.prototype.sort sorts strings (by UTF-16 code units, as `<` compares).
 */
function idOf(index: ConflictIndex, kind: number, a: number, b: number, rule: ConflictRule) {
  const p = index.plan;
  if (isWeekly(kind)) return groupIdOf(`${rule}|||${fromDayNumber(7 * a - 3)}`);
  const first = p.motions[a]?.id ?? '';
  if (kind === REC_PAIR) {
    const second = p.motions[b]?.id ?? '';
    const ids = first < second ? `${first},${second}` : `${second},${first}`;
    return groupIdOf(`${rule}|${ids}||`);
  }
  const blackout = kind === REC_BLACKOUT ? (p.blackouts[b]?.id ?? '') : '';
  return groupIdOf(`${rule}|${first}|${blackout}|`);
}

/** Groups whose window reaches into days [first, last], in listGroups' order. */
export function quarterGroups(
  index: ConflictIndex,
  first: number,
  last: number,
  acceptances: ReadonlyMap<string, ConflictAcceptance>,
  motions: readonly Motion[],
  blackouts: readonly Blackout[],
): QuarterGroups {
  const g = index.groups;
  const byRule = new Map<ConflictRule, RuleCount>();
  const accepted: AcceptedGroup[] = [];
  for (let slot = 0; slot < g.slotCount; slot++) {
    const count = g.total(slot, null);
    if (count <= 0) continue;
    const kind = g.keys[3 * slot]!;
    const a = g.keys[3 * slot + 1]!;
    const b = g.keys[3 * slot + 2]!;
    const [from, to] = slotWindow(index.plan, kind, a, b);
    if (to < first || from > last) continue;
    const ref = [kind, a, b] as const;
    for (const rule of rulesOf(index.plan, kind, a, b)) {
      let tally = byRule.get(rule);
      if (!tally) {
        const severity = groupOf(index, ref, rule, count, false).severity;
        tally = { severity, groups: 0, accounts: 0, acceptedGroups: 0, acceptedAccounts: 0 };
        byRule.set(rule, tally);
      }
      tally.groups++;
      tally.accounts += count;
      const id = idOf(index, kind, a, b, rule);
      if (!acceptances.has(id)) continue;
      // The fingerprint (a hash over the group's motions) only for a group that was accepted.
      const group = groupOf(index, ref, rule, count, false);
      const ok = validAcceptance(id, groupFingerprint(group, motions, blackouts), acceptances);
      if (!ok) continue;
      tally.acceptedGroups++;
      tally.acceptedAccounts += count;
      accepted.push({ group, note: ok.note, acceptedAt: ok.acceptedAt });
    }
  }
  return { byRule, accepted };
}
