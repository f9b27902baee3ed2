/**
 * What the conflicts worker posts after each run: the groups with per-tier counts, per-motion
 * and per-account counts, the accounts with the most conflicts. Group texts are cached by
 * slot and rule, so after one motion changes only the groups naming it are described again.
 */
import { groupOf, rulesOf } from '../../../../shared/conflicts';
import type { ConflictIndex } from '../../../../shared/conflicts';
import type { AccountRow, ConflictSummary, GroupSummary } from './conflictsProtocol';

const TOP_ACCOUNTS = 200;

type DescribedGroup = Omit<GroupSummary, 'accountCount' | 'byTier'>;

export class SummaryBuilder {
  private readonly described = new Map<string, DescribedGroup>();

  /** After a full detection: slots mean other groups now. */
  clear(): void {
    this.described.clear();
  }

  /** Before motion `position` changes: its groups get new titles, windows or rules. */
  forgetMotion(position: number | undefined): void {
    if (position === undefined) return;
    for (const [key, g] of this.described) {
      const [kind, a, b] = g.ref;
      if (a === position || (kind === 0 && b === position)) this.described.delete(key);
    }
  }

  summarize(idx: ConflictIndex): ConflictSummary {
    const slots = idx.groups;
    const groups: GroupSummary[] = [];
    const motionCounts = new Map<string, number>();
    for (let slot = 0; slot < slots.slotCount; slot++) {
      const accountCount = slots.total(slot, null);
      if (accountCount <= 0) continue;
      const ref = [
        slots.keys[3 * slot]!,
        slots.keys[3 * slot + 1]!,
        slots.keys[3 * slot + 2]!,
      ] as const;
      const byTier = [0, 1, 2, 3].map((t) => slots.total(slot, [t]));
      for (const rule of rulesOf(idx.plan, ...ref)) {
        const key = `${slot}:${rule}`;
        let described = this.described.get(key);
        if (!described) {
          const { resolutions: _r, accountCount: _c, ...rest } = groupOf(idx, ref, rule, 0, false);
          described = rest;
          this.described.set(key, described);
        }
        groups.push({ ...described, accountCount, byTier });
        for (const id of described.motionIds) {
          motionCounts.set(id, (motionCounts.get(id) ?? 0) + accountCount);
        }
      }
    }
    const ids: string[] = [];
    const withConflicts: number[] = [];
    idx.accountCounts.forEach((n, i) => {
      if (n <= 0) return;
      ids.push(idx.plan.accounts[i]!.id);
      withConflicts.push(i);
    });
    const accountCounts = {
      ids,
      counts: Int32Array.from(withConflicts, (i) => idx.accountCounts[i]!),
    };
    const topAccounts = withConflicts
      .sort((a, b) => idx.accountCounts[b]! - idx.accountCounts[a]!)
      .slice(0, TOP_ACCOUNTS)
      .map((i) => accountRow(idx, i));
    return {
      groups,
      motionCounts: [...motionCounts],
      accountCounts,
      topAccounts,
      accountTotal: idx.plan.accounts.length,
    };
  }
}

export function accountRow(idx: ConflictIndex, i: number): AccountRow {
  const a = idx.plan.accounts[i]!;
  return {
    id: a.id,
    name: a.name,
    tier: a.tier,
    primaryTeam: a.primaryTeam,
    conflicts: idx.accountCounts[i]!,
  };
}
