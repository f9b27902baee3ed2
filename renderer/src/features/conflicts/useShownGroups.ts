/**
 * The groups the Conflicts view lists under its filters (applyFilters). At 100,000 accounts ×
 * 1,000 motions a summary holds ~66,000 groups, and filtering them in one go when a run's
 * result lands was a main-thread task of a few hundred milliseconds. So a big list is
 * filtered a slice per task, and the view keeps showing the previous list until it is done.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Motion } from '../../../../shared/domain/types';
import { nextTask } from '../accounts/slicedWork';
import { applyFilters, type ConflictFilters, type ShownGroup } from './conflictFilters';
import type { GroupSummary } from './conflictsProtocol';

/** Lists up to this many groups are filtered at once (a few milliseconds). */
export const FILTER_AT_ONCE = 4000;

export function useShownGroups(
  groups: readonly GroupSummary[],
  filters: ConflictFilters,
  motionsById: ReadonlyMap<string, Motion>,
  accepted: ReadonlySet<string>,
): ShownGroup[] {
  const small = groups.length <= FILTER_AT_ONCE;
  const direct = useMemo(
    () => (small ? applyFilters(groups, filters, motionsById, accepted) : null),
    [small, groups, filters, motionsById, accepted],
  );
  const [sliced, setSliced] = useState<ShownGroup[]>([]);
  useEffect(() => {
    if (small) return;
    let stopped = false;
    void (async () => {
      const parts: ShownGroup[][] = [];
      for (let i = 0; i < groups.length; i += FILTER_AT_ONCE) {
        await nextTask();
        if (stopped) return;
        parts.push(
          applyFilters(groups.slice(i, i + FILTER_AT_ONCE), filters, motionsById, accepted),
        );
      }
      await nextTask();
      if (stopped) return;
      // Each slice is in order; their concatenation is too unless a tier filter recounted them.
      const whole = parts.flat();
      setSliced(filters.tier === '' ? whole : applyFilters(whole, filters, motionsById, accepted));
    })();
    return () => {
      stopped = true;
    };
  }, [small, groups, filters, motionsById, accepted]);
  return direct ?? sliced;
}
