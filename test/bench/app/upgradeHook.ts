/**
 * The full-size store upgrade (issue 17), driven by test/bench/upgrade.bench.ts in Chromium:
 * a store as it was before accounts moved into pages (schema version 6, one IndexedDB record
 * per account) is filled with `n` accounts, then opened by today's WorkbenchDb, which runs
 * every upgrade since (whole-row pages at 7, pages stored field by field at 10). The hook
 * times the open and checks that every account comes back equal, field by field.
 */
import Dexie from 'dexie';
import { WorkbenchDb } from '../../../renderer/src/store/db';
import { SCHEMA_VERSIONS } from '../../../renderer/src/store/schema';
import { readPages } from '../../../renderer/src/store/accountSync';
import { account } from '../data/mergeScenario';
import { plainBulkPut } from './plainBulkPut';

const NAME = 'abm-upgrade-bench';
/** The last schema with one record per account. */
const BEFORE_PAGES = 6;

export interface UpgradeTiming {
  /** Opening the old store with today's schema: every upgrade, one transaction. */
  ms: number;
  /** Accounts read back after the upgrade, and how many of them equal what was stored. */
  read: number;
  equal: number;
  /** A plain bulkPut of the same rows in the same page, for scale. */
  plainPutMs: number;
}

export interface UpgradeBenchHook {
  run(n: number): Promise<UpgradeTiming>;
}

declare global {
  interface Window {
    __abmUpgradeBench?: UpgradeBenchHook;
  }
}

async function seedOldStore(rows: readonly object[]): Promise<void> {
  await Dexie.delete(NAME);
  const old = new Dexie(NAME);
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= BEFORE_PAGES)) {
    const declared = old.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
  await old.open();
  await old.table('accounts').bulkPut(rows as object[]);
  old.close();
}

async function run(n: number): Promise<UpgradeTiming> {
  const rows = Array.from({ length: n }, (_, i) => account(i));
  await seedOldStore(rows);
  const upgraded = new WorkbenchDb(NAME);
  const t0 = performance.now();
  await upgraded.open();
  const ms = performance.now() - t0;
  const expected = new Map(rows.map((r) => [r.id, JSON.stringify(r)]));
  let read = 0;
  let equal = 0;
  for (const page of await readPages(upgraded.accountColumns)) {
    for (const row of page.rows) {
      read++;
      if (expected.get(row.id) === JSON.stringify(row)) equal++;
    }
  }
  upgraded.close();
  await Dexie.delete(NAME);
  const plainPutMs = await plainBulkPut(`${NAME}-plain`, rows);
  return { ms, read, equal, plainPutMs };
}

export function installUpgradeBenchHook(): void {
  window.__abmUpgradeBench = { run };
}
