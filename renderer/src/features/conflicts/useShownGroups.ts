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
import {
  addTotals,
  applyFilters,
  noTotals,
  type ConflictFilters,
  type ShownGroup,
  type Totals,
} from './conflictFilters';
import type { GroupSummary } from './conflictsProtocol';
import { inDefaultOrder } from './summaryParts';

/** Lists up to this many groups are filtered at once (a few milliseconds). */
export const FILTER_AT_ONCE = 4000;

export interface Shown {
  groups: ShownGroup[];
  /** The list's totals by severity and rule (SummaryBar), counted with it. */
  totals: Totals;
  /** True while a big list is being filtered for the current inputs (groups is the last list). */
  listing: boolean;
}

interface Sliced {
  /** The inputs the list was filtered for. */
  of: readonly unknown[];
  groups: ShownGroup[];
  totals: Totals;
}

const NONE: Sliced = { of: [], groups: [], totals: noTotals() };

const NO_MOTIONS: ReadonlyMap<string, Motion> = new Map();

export function useShownGroups(
  groups: readonly GroupSummary[],
  filters: ConflictFilters,
  byId: ReadonlyMap<string, Motion>,
  accepted: ReadonlySet<string>,
): Shown {
  // Only the team filter looks at the motions: without it, the motions arriving (the view's
  // first read) or changing do not filter a big list again.
  const motionsById = filters.team ? byId : NO_MOTIONS;
  const small = groups.length <= FILTER_AT_ONCE;
  const direct = useMemo(() => {
    if (!small) return null;
    const list = applyFilters(groups, filters, motionsById, accepted, inDefaultOrder(groups));
    return { groups: list, totals: addTotals(noTotals(), list) };
  }, [small, groups, filters, motionsById, accepted]);
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
      // Filtering keeps each group's count, and sorting does not change the sums.
      const totals = noTotals();
      for (let i = 0; i < groups.length; i += FILTER_AT_ONCE) {
        await nextTask();
        if (stopped) return;
        const part = applyFilters(
          groups.slice(i, i + FILTER_AT_ONCE),
          filters,
          motionsById,
          accepted,
          ordered,
        );
        addTotals(totals, part);
        parts.push(part);
      }
      await nextTask();
      if (stopped) return;
      // Each slice is in order; their concatenation is too unless a tier filter recounted them.
      const whole = parts.flat();
      setSliced({
        of: inputs,
        groups: filters.tier === '' ? whole : applyFilters(whole, filters, motionsById, accepted),
        totals,
      });
    })();
    return () => {
      stopped = true;
    };
  }, [small, inputs, groups, filters, motionsById, accepted]);
  return direct
    ? { ...direct, listing: false }
    : { groups: sliced.groups, totals: sliced.totals, listing: sliced.of !== inputs };
}
