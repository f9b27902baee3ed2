/**
 * All accounts, live. The first 200 rows are read on their own first so the grid paints at
 * once; the full list follows, read in pages by primary key so that no single read of
 * 100,000 rows holds the window (each page of 2,000 is decoded in its own short task).
 */
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Account, IcpProfile, Owner, TalSnapshot } from '../../../../shared/domain/types';
import { db } from '../../store/db';

const PAGE = 2000;

export async function readAllAccounts(): Promise<Account[]> {
  const all: Account[] = [];
  let page = await db.accounts.orderBy(':id').limit(PAGE).toArray();
  while (page.length > 0) {
    for (const a of page) all.push(a);
    if (page.length < PAGE) break;
    const lastId = (page[page.length - 1] as Account).id;
    page = await db.accounts.where(':id').above(lastId).limit(PAGE).toArray();
  }
  return all;
}

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
  const all = useLiveQuery(readAllAccounts, []);
  return all ?? first ?? undefined;
}

export function useIcpProfiles(): IcpProfile[] | undefined {
  return useLiveQuery(() => db.icpProfiles.toArray(), []);
}

export function useSnapshots(): TalSnapshot[] | undefined {
  return useLiveQuery(() => db.talSnapshots.orderBy('approvedAt').toArray(), []);
}

/** The owner directory, live, by name. */
export function useOwners(): Owner[] | undefined {
  return useLiveQuery(
    async () =>
      (await db.owners.toArray()).sort((a, b) =>
        (a.name || a.email).localeCompare(b.name || b.email),
      ),
    [],
  );
}
