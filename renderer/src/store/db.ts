/**
 * The local store: one IndexedDB database through Dexie. Only renderer code touches it, and
 * user data is written only through commit() in changes.ts so that every write is undoable.
 */
import Dexie, { type Table } from 'dexie';
import type {
  Blackout,
  ColumnMapping,
  ConflictAcceptance,
  Contact,
  ExportProfile,
  IcpProfile,
  ImportBatch,
  Motion,
  OperatingAgreement,
  Opportunity,
  Owner,
  RaciGrid,
  SavedView,
  Settings,
  TalSnapshot,
} from '../../../shared/domain/types';
import { SCHEMA_VERSIONS } from './schema';
import { accountCopy, type StoreMetaRow } from './accountPages';
import type { AccountColumn } from './accountColumns';
import { setStoreStatus, storeStatus } from './storeStatus';
import { ROW_TABLES, type RowTable } from '../../../shared/workspace/workspaceData';

export interface SettingsRow {
  key: 'settings';
  value: Settings;
}

export const DB_NAME = 'abm-workbench';

export class WorkbenchDb extends Dexie {
  /** The accounts, a page's field to a record (accountColumns.ts); read them through reads.ts. */
  accountColumns!: Table<AccountColumn, string>;
  /** The accounts' revision: a new token with every write of their pages. */
  storeMeta!: Table<StoreMetaRow, string>;
  owners!: Table<Owner, string>;
  contacts!: Table<Contact, string>;
  motions!: Table<Motion, string>;
  blackouts!: Table<Blackout, string>;
  icpProfiles!: Table<IcpProfile, string>;
  talSnapshots!: Table<TalSnapshot, string>;
  raciGrids!: Table<RaciGrid, string>;
  importBatches!: Table<ImportBatch, string>;
  columnMappings!: Table<ColumnMapping, string>;
  savedViews!: Table<SavedView, string>;
  exportProfiles!: Table<ExportProfile, string>;
  conflictAcceptances!: Table<ConflictAcceptance, string>;
  operatingAgreements!: Table<OperatingAgreement, string>;
  opportunities!: Table<Opportunity, string>;
  settings!: Table<SettingsRow, string>;

  constructor(name = DB_NAME) {
    super(name);
    for (const v of SCHEMA_VERSIONS) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
    // Another connection (a tab running a newer version of the app, or one deleting the
    // store) asks us to close. Dexie's default closes and silently reopens on the next read,
    // which under a newer schema fails with a VersionError, or recreates a deleted store
    // empty. So close for good and ask the user to reload; returning false stops the default.
    this.on('versionchange', (ev: IDBVersionChangeEvent) => {
      this.close({ disableAutoOpen: true });
      setStoreStatus({ kind: 'closed', reason: ev.newVersion ? 'upgraded' : 'deleted' });
      return false;
    });
    // Our open (an upgrade to this schema) waits for an older connection that did not close.
    // Say so; once the other closes, the open completes and the writes queued behind it run.
    this.on('blocked', () => {
      if (storeStatus().kind !== 'ok') return;
      setStoreStatus({ kind: 'blocked' });
      this.open().then(
        () => storeStatus().kind === 'blocked' && setStoreStatus({ kind: 'ok' }),
        () => undefined,
      );
    });
  }
}

/** Every table: the workspace's row tables plus the one settings row. */
export type TableName = RowTable | 'settings';
export const TABLE_NAMES: readonly TableName[] = [...ROW_TABLES, 'settings'];

let current: WorkbenchDb | null = null;

/** The app's database; tests call resetDb() for a fresh one. */
export function getDb(): WorkbenchDb {
  current ??= new WorkbenchDb();
  return current;
}

export function resetDb(name = DB_NAME): WorkbenchDb {
  current?.close();
  accountCopy.reset();
  setStoreStatus({ kind: 'ok' });
  current = new WorkbenchDb(name);
  return current;
}

/** The shared instance; a proxy so resetDb() in tests is seen by every module. */
export const db: WorkbenchDb = new Proxy({} as WorkbenchDb, {
  get(_target, prop) {
    const target = getDb();
    const value = Reflect.get(target, prop, target) as unknown;
    return typeof value === 'function'
      ? (value as (...a: unknown[]) => unknown).bind(target)
      : value;
  },
});
