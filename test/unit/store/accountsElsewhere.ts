// Test helpers for the paged accounts: what another tab (a second connection with its own
// working copy) writes, and the stored account ids, read the way the app reads them.
import type { Account } from '../../../shared/domain/types';
import type { WorkbenchDb } from '../../../renderer/src/store/db';
import { AccountPageCopy, META_TABLE } from '../../../renderer/src/store/accountPages';
import {
  readPages,
  refreshCopy,
  storedMeta,
  writeDirtyPages,
} from '../../../renderer/src/store/accountSync';
import { readAll } from '../../../renderer/src/store/reads';
import { COLUMNS_TABLE } from '../../../renderer/src/store/accountColumns';

/** Another tab's write of account rows (put, then delete) in one transaction of its own. */
export async function writeElsewhere(
  other: WorkbenchDb,
  put: Account | Account[],
  remove: string[] = [],
): Promise<void> {
  const rows = Array.isArray(put) ? put : [put];
  const copy = new AccountPageCopy();
  const tables = [other.table(COLUMNS_TABLE), other.table(META_TABLE)];
  await other.transaction('rw', tables, async (tx) => {
    await refreshCopy(copy, tx.table(COLUMNS_TABLE), await storedMeta(tx.table(META_TABLE)));
    for (const row of rows) copy.set(row);
    for (const id of remove) copy.remove(id);
    await writeDirtyPages(copy, tx);
  });
}

/** One account as another tab reads it. */
export async function readElsewhere(other: WorkbenchDb, id: string): Promise<Account | undefined> {
  const pages = await readPages(other.accountColumns);
  for (const p of pages) for (const r of p.rows) if (r.id === id) return r;
  return undefined;
}

/** The stored account ids, sorted. */
export async function accountIds(): Promise<string[]> {
  return (await readAll('accounts')).map((a) => a.id).sort();
}
