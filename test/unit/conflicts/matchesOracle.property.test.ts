import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allConflicts,
  audienceHolds,
  detectConflicts,
  groupAccounts,
  listGroups,
  resolveAudiences,
} from '../../../shared/conflicts';
import { CONFLICT_RULES } from '../../../shared/domain/types';
import type { ConflictPlan } from '../../../shared/conflicts/types';
import { lineOf, oracleConflicts } from './oracle';
import { accountArb, motionArb, planArb } from './randomPlan';

const engineLines = (plan: ConflictPlan) =>
  [...allConflicts(detectConflicts(plan))].map(lineOf).sort();
const byRule = (lines: string[]) =>
  Object.fromEntries(CONFLICT_RULES.map((r) => [r, lines.filter((l) => l.startsWith(`${r}|`))]));

describe('the engine agrees with the pairwise oracle', () => {
  it('on random plans, rule by rule', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        expect(byRule(engineLines(plan))).toEqual(byRule(oracleConflicts(plan)));
      }),
      { numRuns: 400 },
    );
  });

  it('and its groups count exactly the accounts of their conflicts', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const index = detectConflicts(plan);
        const conflicts = [...allConflicts(index)];
        const groups = listGroups(index);
        expect(groups.reduce((n, g) => n + g.accountCount, 0)).toBe(conflicts.length);
        for (const g of groups) {
          const mine = conflicts
            .filter((c) => c.groupId === g.id)
            .map((c) => c.accountId)
            .sort();
          const behind = groupAccounts(index, g.ref)
            .map((i) => plan.accounts[i]!.id)
            .sort();
          expect(behind).toEqual(mine);
          expect(g.accountCount).toBe(mine.length);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('after one motion changes, the incremental update equals a fresh detection', () => {
    fc.assert(
      fc.property(
        planArb.chain((plan) =>
          fc.record({
            plan: fc.constant(plan),
            at: fc.nat(plan.motions.length),
            next: motionArb(
              0,
              plan.accounts.map((a) => a.id),
            ),
            remove: fc.boolean(),
          }),
        ),
        ({ plan, at, next, remove }) => {
          const index = detectConflicts(plan);
          const target = plan.motions[at];
          const changed = { ...next, id: target?.id ?? 'mot-new', name: target?.name ?? 'New' };
          const motions = [...plan.motions];
          if (remove && target) motions.splice(at, 1);
          else if (target) motions[at] = changed;
          else motions.push(changed);
          const fresh: ConflictPlan = {
            ...plan,
            motions,
            audiences: resolveAudiences(plan.accounts, motions),
          };
          const audience = resolveAudiences(plan.accounts, [changed])[0]!;
          if (remove && target) index.updateMotion(target.id, null, null);
          else index.updateMotion(changed.id, changed, audience);
          expect([...allConflicts(index)].map(lineOf).sort()).toEqual(engineLines(fresh));
          const counts = (groups: ReturnType<typeof listGroups>) =>
            groups.map((g) => `${g.id}:${g.accountCount}`).sort();
          expect(counts(listGroups(index))).toEqual(counts(listGroups(detectConflicts(fresh))));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('after one account changes, the incremental update equals a fresh detection', () => {
    fc.assert(
      fc.property(
        planArb.chain((plan) =>
          fc.record({
            plan: fc.constant(plan),
            at: fc.nat(plan.accounts.length - 1),
            next: accountArb(0),
          }),
        ),
        ({ plan, at, next }) => {
          const index = detectConflicts(plan);
          const changed = { ...next, id: plan.accounts[at]!.id, name: plan.accounts[at]!.name };
          const accounts = plan.accounts.map((a, i) => (i === at ? changed : a));
          const fresh: ConflictPlan = {
            ...plan,
            accounts,
            audiences: resolveAudiences(accounts, plan.motions),
          };
          const memberOf = plan.motions.flatMap((m, i) =>
            audienceHolds(m.audience, changed) ? [i] : [],
          );
          index.updateAccount(changed, memberOf);
          expect([...allConflicts(index)].map(lineOf).sort()).toEqual(engineLines(fresh));
        },
      ),
      { numRuns: 300 },
    );
  });
});
