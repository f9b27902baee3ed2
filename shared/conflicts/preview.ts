/**
 * What a change would do to the conflicts, before it is made, without making it. Only the
 * accounts the change can touch are looked at — those in a changed motion's old or new
 * audience, and those whose own fields change — and of their records only those that can
 * change: pairs with a changed motion, single-motion rules of the changed motions (of all
 * motions for an account whose own fields change), and contact pressure in the changed weeks.
 * One pass counts the accounts into buckets that behave alike (previewTally.ts); each bucket's
 * records are then worked out before and after (previewBuckets.ts). Nothing of the index is
 * rebuilt or copied: the changed motions' fields are set for a moment and put back exactly.
 * Cost: O(accounts touched × their motions near the change), about 0.1 µs per pair. A plan
 * whose accounts have days of their own is previewed by sweeping instead (previewBySweeping.ts).
 */
import type { ConflictRule, Severity } from '../domain/types';
import { CONFLICT_RULES } from '../domain/types';
import type { ConflictIndex } from './conflictIndex';
import { groupOf, type GroupRef } from './materialize';
import { decode, putBack, SEVERITIES, totalsOf, type Totals } from './previewBuckets';
import { needsSweeping, sweptTotals } from './previewBySweeping';
import { scopeOf } from './previewScope';
import { tallyAccounts } from './previewTally';
import type { AudienceMembers, ConflictAccount, ConflictMotion } from './types';

/** A change to try: motions replaced (same ids) with their new audiences, accounts replaced. */
export interface PlanChange {
  motions: { motion: ConflictMotion; audience: AudienceMembers }[];
  /** Accounts whose fields change but not which audiences hold them (a primary team). */
  accounts: ConflictAccount[];
}

/** One group the change touches: how many of its conflicts (accounts) go, how many come. */
export interface GroupConsequence {
  groupId: string;
  ref: GroupRef;
  rule: ConflictRule;
  severity: Severity;
  title: string;
  motionIds: string[];
  blackoutId: string | null;
  week: string | null;
  cleared: number;
  created: number;
}

export interface Consequences {
  groups: GroupConsequence[];
  cleared: number;
  created: number;
}

/** The conflicts `change` would clear and create, by group; the index is left as it was. */
export function previewChange(index: ConflictIndex, change: PlanChange): Consequences {
  const p = index.plan;
  const described = new Map<number, GroupConsequence>();
  const describe = (key: number, t: number[], after: boolean) => {
    const { ref, rule } = decode(key);
    const g = groupOf(index, ref, CONFLICT_RULES[rule]!, 0, false);
    described.set(key, {
      groupId: g.id,
      ref,
      rule: g.rule,
      severity: SEVERITIES[after ? t[3]! : t[2]!]!,
      title: g.title,
      motionIds: g.motionIds,
      blackoutId: g.blackoutId,
      week: g.week,
      cleared: t[0]!,
      created: t[1]!,
    });
  };
  // Groups that gain accounts are described as they will be (their window after the change).
  const describeCreated = (totals: Totals) => {
    for (const [key, t] of totals) if (t[1]! > 0) describe(key, t, true);
  };
  let totals: Totals;
  if (needsSweeping(index, change)) totals = sweptTotals(index, change, describeCreated);
  else {
    const scope = scopeOf(index, change);
    const counted = tallyAccounts(p, index.twinClass, scope);
    try {
      totals = totalsOf(p, scope, counted);
      describeCreated(totals);
    } finally {
      putBack(p, scope);
    }
  }
  for (const [key, t] of totals) if (t[1] === 0) describe(key, t, false);
  const groups = [...described.values()];
  return {
    groups,
    cleared: groups.reduce((n, g) => n + g.cleared, 0),
    created: groups.reduce((n, g) => n + g.created, 0),
  };
}
