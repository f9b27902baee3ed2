/**
 * Conflict badges for other sections: how many conflicts touch each motion (calendar bars) and
 * each account (TAL rows). Accepted groups are left out of the motion counts.
 */
import { useMemo } from 'react';
import { useConflictsStore } from './conflictsClient';
import { useAcceptedGroupIds } from './useAcceptances';

export function useMotionConflictCounts(): Map<string, number> {
  const summary = useConflictsStore((s) => s.summary);
  const accepted = useAcceptedGroupIds();
  return useMemo(() => {
    const counts = new Map<string, number>();
    for (const g of summary?.groups ?? []) {
      if (accepted.has(g.id)) continue;
      for (const id of g.motionIds) counts.set(id, (counts.get(id) ?? 0) + g.accountCount);
    }
    return counts;
  }, [summary, accepted]);
}

export function useAccountConflictCounts(): Map<string, number> {
  const summary = useConflictsStore((s) => s.summary);
  return useMemo(() => {
    const counts = new Map<string, number>();
    if (!summary) return counts;
    const { ids, counts: n } = summary.accountCounts;
    for (let i = 0; i < ids.length; i++) counts.set(ids[i]!, n[i]!);
    return counts;
  }, [summary]);
}
