/**
 * All accounts, live. The first 200 rows are read on their own first so the grid paints at
 * once; the full list (100,000 rows takes a moment to read) replaces them when it arrives.
 */
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Account, IcpProfile, TalSnapshot } from '../../../../shared/domain/types';
import { db } from '../../store/db';

export function useAccounts(): Account[] | undefined {
  const [first, setFirst] = useState<Account[] | null>(null);
  useEffect(() => {
    let live = true;
    void db.accounts
      .limit(200)
      .toArray()
      .then((rows) => live && setFirst(rows));
    return () => {
      live = false;
    };
  }, []);
  const all = useLiveQuery(() => db.accounts.toArray(), []);
  return all ?? first ?? undefined;
}

export function useIcpProfiles(): IcpProfile[] | undefined {
  return useLiveQuery(() => db.icpProfiles.toArray(), []);
}

export function useSnapshots(): TalSnapshot[] | undefined {
  return useLiveQuery(() => db.talSnapshots.orderBy('approvedAt').toArray(), []);
}
