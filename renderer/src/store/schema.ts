/**
 * The store's schema, version by version. Versions only grow: a shipped entry is never edited
 * (test/unit/store/schema.test.ts compares them with a committed snapshot); a change appends a
 * new version, and data changes go in its `upgrade`.
 */
import type { Transaction } from 'dexie';
import { storedDomainKey } from '../../../shared/accounts/companyDomain';

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
    // Contacts and leads. Versions 5 to 7 belong to other branches (the coordinator renumbers
    // at merge). A new table: nothing stored before changes, and the settings row gains its
    // persona rules and campaign-member status from the defaults when read (reads.ts).
    version: 8,
    stores: {
      contacts: 'id',
    },
  },
];
