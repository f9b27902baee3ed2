/**
 * The store's schema, version by version. Versions only grow: a shipped entry is never edited
 * (test/unit/store/schema.test.ts compares them with a committed snapshot); a change appends a
 * new version, and data changes go in its `upgrade`.
 */
import type { Transaction } from 'dexie';
import { storedDomainKey } from '../../../shared/accounts/companyDomain';
import type { Account } from '../../../shared/domain/types';
import {
  ACCOUNTS_META_KEY,
  META_TABLE,
  newRevision,
  pageId,
  PAGES_TABLE,
  PAGE_ROWS,
  type AccountPage,
} from './accountPages';
import { COLUMNS_TABLE, columnsOfPage } from './accountColumns';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      accounts: 'id, domain, salesforceId, hubspotId, name, tier, status, owner, *tags',
      motions: 'id, name, team, channel, start, end, status, salesforceId',
      blackouts: 'id, start, end',
      icpProfiles: 'id',
      talSnapshots: 'id, quarter, approvedAt',
      raciGrids: 'id, name',
      importBatches: 'id, at',
      columnMappings: 'signature',
      savedViews: 'id, grid',
      exportProfiles: 'id, name',
      conflictAcceptances: 'id',
      settings: 'key',
    },
  },
  {
    // The grid sorts and filters in memory, so the accounts table keeps only the keys that
    // find one account (dedupe by CRM id or domain); each dropped index made every write of
    // 100,000 rows slower, the multi-entry tag index most of all.
    version: 2,
    stores: {
      accounts: 'id, domain, salesforceId, hubspotId',
    },
  },
  {
    // Dedupe by CRM id and domain runs in memory in the import Worker, so no query used the
    // three remaining account indexes; keeping them made a 100,000-row import write ~20%
    // slower than a table with only its primary key.
    version: 3,
    stores: {
      accounts: 'id',
    },
  },
  {
    // The owner directory, each account's duplicate records of the same company in each CRM
    // (empty for every account stored before), and the values each CRM held when the account
    // was last imported from it (unknown, null, for every account stored before). Motions
    // stored before say nothing of how tiers and segments combine; they always united them,
    // so they keep "match any". A stored domain that is no company's (a LinkedIn page's
    // linkedin.com) stops being a dedupe key, and IDN domains take their punycode form.
    version: 4,
    stores: {
      owners: 'id',
    },
    upgrade: async (tx) => {
      await tx
        .table('accounts')
        .toCollection()
        .modify((a: Record<string, unknown>) => {
          a.duplicateSalesforceIds ??= [];
          a.duplicateHubspotIds ??= [];
          a.importedFromSalesforce ??= null;
          a.importedFromHubspot ??= null;
          // Domains kept by older versions follow today's rules: no LinkedIn-page keys.
          if (typeof a.domain === 'string') a.domain = storedDomainKey(a.domain);
        });
      await tx
        .table('motions')
        .toCollection()
        .modify((m: { audience?: Record<string, unknown> }) => {
          if (m.audience && m.audience.match === undefined) m.audience.match = 'any';
        });
    },
  },
  {
    // The operating agreement (at most one row): a store from before has none, and the
    // workspace shows the articles' template, marked not yet agreed.
    version: 5,
    stores: {
      operatingAgreements: 'id',
    },
  },
  {
    // The quarter's results (Salesforce opportunities, HubSpot deals) for the quarterly
    // review. The review reads them all and matches accounts in memory, so only the primary
    // key is indexed.
    version: 6,
    stores: {
      opportunities: 'id',
    },
  },
  {
    // Accounts move into pages of a few hundred rows (accountPages.ts): a write rewrites the
    // pages holding the rows it changed, not one record per row, so a bulk edit of 100,000
    // accounts is ~200 records. storeMeta holds the pages' revision, a new token with every
    // write, so each thread's working copy knows when another writer wrote. Every stored
    // account moves, in primary-key order, and the one-record-per-row table goes.
    version: 7,
    stores: {
      accounts: null,
      accountPages: 'id',
      storeMeta: 'key',
    },
    upgrade: async (tx) => {
      const rows = (await tx.table('accounts').toArray()) as Account[];
      const pages: AccountPage[] = [];
      for (let i = 0; i < rows.length; i += PAGE_ROWS)
        pages.push({ id: pageId(pages.length + 1), rows: rows.slice(i, i + PAGE_ROWS) });
      await tx.table(PAGES_TABLE).bulkAdd(pages);
      await tx.table(META_TABLE).put({ key: ACCOUNTS_META_KEY, rev: newRevision() });
    },
  },
  {
    // Contacts and leads. A new table: nothing stored before changes, and the settings row
    // gains its persona rules and campaign-member status from the defaults when read (reads.ts).
    version: 8,
    stores: {
      contacts: 'id',
    },
  },
  {
    // Change tracking for merging a colleague's copy (shared/merge/changeLog.ts): each write
    // appends one entry saying what it changed under one clock stamp; syncMeta keeps this
    // installation's id and its clock. A store from before has no entries: its rows carry
    // the zero stamp, older than any edit, which is what a merge assumes of unstamped rows.
    version: 9,
    stores: {
      syncLog: '++seq',
      syncMeta: 'key',
    },
  },
  {
    // Each page of accounts is stored field by field (accountColumns.ts): one record per page
    // and field, so a bulk edit of one field rewrites that field's records and not every
    // row of the pages (version 7 serialized all 100,000 rows for it). Every page moves
    // as it was, same page ids, rows and field order; the whole-row pages go.
    version: 10,
    stores: {
      accountPages: null,
      accountColumns: 'key',
    },
    upgrade: async (tx) => {
      const pages = (await tx.table(PAGES_TABLE).toArray()) as AccountPage[];
      const columns = tx.table(COLUMNS_TABLE);
      for (const page of pages) await columns.bulkAdd(columnsOfPage(page.id, page.rows));
      await tx.table(META_TABLE).put({ key: ACCOUNTS_META_KEY, rev: newRevision() });
    },
  },
];
