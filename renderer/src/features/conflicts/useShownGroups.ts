/**
 * The groups the Conflicts view lists under its filters (applyFilters). At 100,000 accounts ×
 * 1,000 motions a summary holds ~66,000 groups, and filtering them in one go when a run's
 * result lands was a main-thread task of a few hundred milliseconds. So a big list is
 * filtered a slice per task, and the view keeps showing the previous list until it is done
 * (`listing` is true meanwhile, so the view can say so instead of showing an empty list).
 */
import { useEffect, useMemo, useState } from 'react';
import type { Motion } from '../../../../shared/domain/types';
import { nextTask } from '../accounts/slicedWork';
import { applyFilters, type ConflictFilters, type ShownGroup } from './conflictFilters';
import type { GroupSummary } from './conflictsProtocol';
import { inDefaultOrder } from './summaryParts';

/** Lists up to this many groups are filtered at once (a few milliseconds). */
export const FILTER_AT_ONCE = 4000;

export interface Shown {
  groups: ShownGroup[];
  /** True while a big list is being filtered for the current inputs (groups is the last list). */
  listing: boolean;
}

interface Sliced {
  /** The inputs the list was filtered for. */
  of: readonly unknown[];
  groups: ShownGroup[];
}

const NONE: Sliced = { of: [], groups: [] };

export function useShownGroups(
  groups: readonly GroupSummary[],
  filters: ConflictFilters,
  motionsById: ReadonlyMap<string, Motion>,
  accepted: ReadonlySet<string>,
): Shown {
  const small = groups.length <= FILTER_AT_ONCE;
  const direct = useMemo(
    () =>
      small ? applyFilters(groups, filters, motionsById, accepted, inDefaultOrder(groups)) : null,
    [small, groups, filters, motionsById, accepted],
  );
  const inputs = useMemo(
    () => [groups, filters, motionsById, accepted] as const,
    [groups, filters, motionsById, accepted],
  );
  const [sliced, setSliced] = useState<Sliced>(NONE);
  useEffect(() => {
    if (small) return;
    let stopped = false;
    const ordered = inDefaultOrder(groups);
    void (async () => {
      const parts: ShownGroup[][] = [];
      for (let i = 0; i < groups.length; i += FILTER_AT_ONCE) {
        await nextTask();
        if (stopped) return;
        parts.push(
          applyFilters(
            groups.slice(i, i + FILTER_AT_ONCE),
            filters,
            motionsById,
            accepted,
            ordered,
          ),
        );
      }
      await nextTask();
      if (stopped) return;
      // Each slice is in order; their concatenation is too unless a tier filter recounted them.
      const whole = parts.flat();
      setSliced({
        of: inputs,
        groups: filters.tier === '' ? whole : applyFilters(whole, filters, motionsById, accepted),
      });
    })();
    return () => {
      stopped = true;
    };
  }, [small, inputs, groups, filters, motionsById, accepted]);
  return direct
    ? { groups: direct, listing: false }
    : { groups: sliced.groups, listing: sliced.of !== inputs };
}
