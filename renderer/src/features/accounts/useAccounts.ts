/**
 * All accounts, live. At a page load the first 200 rows of the opening order, kept when the
 * window was last left (firstScreen.ts), are read first so the grid paints at once, but only
 * when the store has not changed since: else there are no first rows (an empty list while
 * loading) and the grid waits for the whole list, so the first rows painted are always the
 * list's first rows. The full list follows, once they are in, from the store's shared
 * accounts source, which reads the pages in short requests so no single read of 100,000
 * rows holds the window. Until the full list is in, `complete` is false: what acts on every
 * row waits for it.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Account, IcpProfile, Owner, TalSnapshot } from '../../../../shared/domain/types';
import { useLive } from '../../store/liveTables';
import { countRows } from '../../store/reads';
import { firstRowsAtLoad, firstRowsNow, keepFirstScreenOnLeave } from './firstScreen';

/** As an index on approvedAt orders them: by that string, then by id. */
function byApproval(a: TalSnapshot, b: TalSnapshot): number {
  const key = (s: TalSnapshot) => [s.approvedAt, s.id] as const;
  const [x, y] = [key(a), key(b)];
  return x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0;
}

/** Rows read on their own first, so the grid paints before the whole list has arrived. */
const FIRST_ROWS = 200;

export interface AccountList {
  /** The full list once it is in, the first rows before (undefined before either). */
  accounts: Account[] | undefined;
  /** The full list is in: "all rows" means every account, not the first rows. */
  complete: boolean;
  /** While loading, how many accounts the store holds (null until counted). */
  stored: number | null;
  /** The grid tells this once it has shown the first rows: then the whole list comes in. */
  onFirstRowsShown: () => void;
}

/** The whole list comes in this long after the first rows at the latest (a grid not shown). */
const SHOWN_WAIT_MS = 1000;

export function useAccounts(): AccountList {
  keepFirstScreenOnLeave(FIRST_ROWS);
  // Opened again (the copy read already): the first rows come from the copy, in this render.
  const [first, setFirst] = useState<Account[] | null>(() => firstRowsNow(FIRST_ROWS));
  const [stored, setStored] = useState<number | null>(null);
  const readFirstRows = first === null;
  useEffect(() => {
    if (!readFirstRows) return;
    let live = true;
    void firstRowsAtLoad().then(
      (rows) => live && setFirst(rows),
      () => live && setFirst([]),
    );
    return () => {
      live = false;
    };
  }, [readFirstRows]);
  // The whole list comes in once the grid has shown the first rows (or there are none to
  // show): read or taken earlier, its 100,000 rows were decoded, handed to the view and
  // sorted ahead of the grid's first paint, in the same frames.
  const [shown, setShown] = useState(false);
  const onFirstRowsShown = useCallback(() => setShown(true), []);
  const waiting = first !== null && first.length > 0 && !shown;
  useEffect(() => {
    if (!waiting) return;
    const timer = window.setTimeout(() => setShown(true), SHOWN_WAIT_MS);
    return () => window.clearTimeout(timer);
  }, [waiting]);
  const all = useLive('accounts', first !== null && !waiting);
  const complete = all !== undefined;
  // The count the store knows (the pages' id columns only), for "Loading 97,953 accounts…".
  const counting = first !== null && !complete;
  useEffect(() => {
    if (!counting) return;
    let live = true;
    void countRows('accounts').then(
      (n) => live && setStored(n),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [counting]);
  return {
    accounts: all ?? first ?? undefined,
    complete,
    stored: complete ? null : stored,
    onFirstRowsShown,
  };
}

export function useIcpProfiles(): IcpProfile[] | undefined {
  return useLive('icpProfiles');
}

export function useSnapshots(): TalSnapshot[] | undefined {
  const snapshots = useLive('talSnapshots');
  return useMemo(() => snapshots && [...snapshots].sort(byApproval), [snapshots]);
}

/** The owner directory, live, by name. */
export function useOwners(): Owner[] | undefined {
  const owners = useLive('owners');
  return useMemo(
    () =>
      owners && [...owners].sort((a, b) => (a.name || a.email).localeCompare(b.name || b.email)),
    [owners],
  );
}
