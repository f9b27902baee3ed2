/**
 * The groups the Conflicts view lists under its filters (filterGroups). At 100,000 accounts ×
 * 1,000 motions a summary holds ~66,000 groups, and filtering them in one go when a run's
 * result lands was a main-thread task of a few hundred milliseconds. So a big list is
 * filtered and totalled in slices of a few milliseconds each, and the view keeps showing the
 * previous list until it is done (`listing` is true meanwhile, so the view can say so instead
 * of showing an empty list). The list holds the groups themselves, no copy of each
 * (ShownList): unfiltered, it is the summary's own array. The finished list is handed to React
 * in a transition: its render (the list's rows, the totals) yields to the browser in slices
 * instead of being one task with the frame it makes.
 */
import { startTransition, useEffect, useMemo, useState } from 'react';
import type { Motion } from '../../../../shared/domain/types';
import { nextTask } from '../accounts/slicedWork';
import {
  addTotals,
  emptyList,
  filterGroups,
  joinLists,
  noTotals,
  sortList,
  type ConflictFilters,
  type ShownList,
  type Totals,
} from './conflictFilters';
import type { GroupSummary } from './conflictsProtocol';
import { inDefaultOrder } from './summaryParts';

/** Lists up to this many groups are filtered at once (a few milliseconds). */
export const FILTER_AT_ONCE = 4000;
/** A big list is filtered this many groups at a time, ... */
const CHUNK = 500;
/** ... and goes on in the same task while it has taken less than this (ms). */
const SLICE_MS = 8;

export interface Shown {
  list: ShownList;
  /** The list's totals by severity and rule (SummaryBar), counted with it. */
  totals: Totals;
  /** True while a big list is being filtered for the current inputs (list is the last one). */
  listing: boolean;
}

interface Sliced {
  /** The inputs the list was filtered for. */
  of: readonly unknown[];
  list: ShownList;
  totals: Totals;
}

const NONE: Sliced = { of: [], list: emptyList(), totals: noTotals() };

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
    const list = filterGroups(groups, filters, motionsById, accepted, inDefaultOrder(groups));
    return { list, totals: addTotals(noTotals(), list) };
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
      const parts: ShownList[] = [];
      // Filtering keeps each group's count, and sorting does not change the sums.
      const totals = noTotals();
      let started = performance.now();
      await nextTask();
      for (let i = 0; i < groups.length; i += CHUNK) {
        if (performance.now() - started > SLICE_MS) {
          await nextTask();
          started = performance.now();
        }
        if (stopped) return;
        const slice = groups.slice(i, i + CHUNK);
        const part = filterGroups(slice, filters, motionsById, accepted, ordered);
        addTotals(totals, part);
        parts.push(part);
      }
      await nextTask();
      if (stopped) return;
      // Unfiltered, the summary's groups are the list; else the slices one after the other,
      // in order too when the groups were, unless a tier filter recounted them.
      const all = parts.every(
        (p, k) => p.groups.length === Math.min(CHUNK, groups.length - k * CHUNK),
      );
      const whole =
        ordered && all && parts.every((p) => !p.counts)
          ? { groups, counts: null, accepted }
          : joinLists(parts, accepted);
      const list = ordered && filters.tier === '' ? whole : sortList(whole);
      startTransition(() => setSliced({ of: inputs, list, totals }));
    })();
    return () => {
      stopped = true;
    };
  }, [small, inputs, groups, filters, motionsById, accepted]);
  return direct
    ? { ...direct, listing: false }
    : { list: sliced.list, totals: sliced.totals, listing: sliced.of !== inputs };
}
