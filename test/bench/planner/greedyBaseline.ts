/**
 * The plain greedy baseline the planner is compared with (issue 15): resolve the block groups
 * one at a time in the order the conflicts view lists them, each with its first resolution, as
 * a user would with the current buttons; a group is tried once, so the loop ends.
 */
import {
  detectConflicts,
  groupAccounts,
  listGroups,
  resolutionChange,
  resolveAudiences,
} from '../../../shared/conflicts';
import type { PlannerInput } from '../../../shared/planner';

export interface GreedyResult {
  blocksBefore: number;
  blocksAfter: number;
  warnsBefore: number;
  warnsAfter: number;
  /** Resolutions applied (button clicks). */
  changes: number;
  /** Share of the memberships (account in a motion's audience) left. */
  kept: number;
  /** True when the time budget ended the run before every block group was tried. */
  stopped: boolean;
}

const total = (groups: ReturnType<typeof listGroups>, severity: string) =>
  groups.filter((g) => g.severity === severity).reduce((n, g) => n + g.accountCount, 0);

/** `budgetMs`: the run stops (stopped: true) once it took this long, for the largest plans. */
export function greedyBaseline(
  input: PlannerInput,
  maxSteps = 10_000,
  budgetMs = Infinity,
): GreedyResult {
  const started = performance.now();
  let stopped = false;
  const index = detectConflicts({
    ...input,
    audiences: resolveAudiences(input.accounts, input.motions),
  });
  const first = listGroups(index, null, false);
  const memberships = () => index.plan.audiences.reduce((n, a) => n + a.length, 0);
  const startMemberships = memberships();
  const tried = new Set<string>();
  let changes = 0;
  for (let step = 0; step < maxSteps; step++) {
    if (performance.now() - started > budgetMs) {
      stopped = true;
      break;
    }
    const group = listGroups(index).find((g) => g.severity === 'block' && !tried.has(g.id));
    if (!group) break;
    tried.add(group.id);
    const resolution = group.resolutions.find((r) => r.kind !== 'accept');
    if (!resolution) continue;
    const change = resolutionChange(index, resolution, groupAccounts(index, group.ref));
    if (!change) continue;
    for (const { motion, audience } of change.motions)
      index.updateMotion(motion.id, motion, audience);
    for (const account of change.accounts) index.updateAccount(account);
    changes++;
  }
  const last = listGroups(index, null, false);
  return {
    blocksBefore: total(first, 'block'),
    blocksAfter: total(last, 'block'),
    warnsBefore: total(first, 'warn'),
    warnsAfter: total(last, 'warn'),
    changes,
    kept: memberships() / Math.max(1, startMemberships),
    stopped,
  };
}
