// Several records of one CRM for the same company become one account that keeps one id and
// lists the others as duplicates for the CRM admin — within a file, across files and against
// the store — unless the user keeps them apart. An empty domain never merges anything.
import { describe, expect, it } from 'vitest';
import {
  crmDuplicateRowsText,
  importAccounts,
  toSalesforceId18,
  withDuplicateIds,
  type ImportOptions,
  type ImportPreview,
} from '../../../shared/accounts';
import { sequentialIds } from '../../../shared/domain/ids';
import type { Account } from '../../../shared/domain/types';

const sf = (suffix: string) => toSalesforceId18(`0015g00000${suffix}`) as string;
const ACME_1 = sf('AcmE1');
const ACME_2 = sf('AcmE2');
const ACME_3 = sf('AcmE3');
const GLOBEX = sf('GlbX1');

function options(extra: Partial<ImportOptions> = {}): ImportOptions {
  return {
    policy: 'fill-empty',
    defaultStatus: 'candidate',
    now: '2027-01-15T10:00:00.000Z',
    newId: sequentialIds('acc'),
    profile: null,
    ...extra,
  };
}

function run(
  files: { name: string; bytes: string }[],
  existing: Account[] = [],
  extra: Partial<ImportOptions> = {},
): ImportPreview {
  const r = importAccounts(files, existing, options(extra));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
}

const report = (rows: string[]) => ({
  name: 'sf-report.csv',
  bytes: `Account ID,Account Name,Website,Industry,Account Owner\n${rows.join('\n')}\n`,
});
const hubspot = (rows: string[]) => ({
  name: 'hubspot.csv',
  bytes: `Record ID,Company name,Company Domain Name,Industry\n${rows.join('\n')}\n`,
});

const acmeReport = report([
  `${ACME_1},Acme Corp,https://www.acme.com/,Manufacturing,Jane Doe`,
  `${GLOBEX},Globex,globex.com,Energy,Li Wei`,
  `${ACME_2},ACME Inc.,acme.com,,Omar Haddad`,
  `${ACME_3},Acme (old),http://acme.com,Retail,`,
]);

describe('same-company Salesforce records in one file', () => {
  it('become one account that keeps the first id and lists the others', () => {
    const r = run([acmeReport]);
    expect(r.counts).toMatchObject({ new: 2, merged: 0 });
    const acme = r.newAccounts.find((a) => a.domain === 'acme.com');
    expect(acme).toMatchObject({
      name: 'Acme Corp',
      salesforceId: ACME_1,
      duplicateSalesforceIds: [ACME_2, ACME_3],
      // The first row wins, later rows fill gaps — the same as any other merge.
      industry: 'Manufacturing',
      owner: 'Jane Doe',
    });
    expect(r.crmDuplicateRows).toEqual({ salesforce: 2, hubspot: 0 });
    expect(crmDuplicateRowsText('salesforce', r.crmDuplicateRows.salesforce)).toBe(
      '2 rows: same company, several Salesforce records',
    );
    expect(r.crmDuplicates).toEqual([
      {
        crm: 'salesforce',
        domain: 'acme.com',
        accountId: acme?.id,
        accountName: 'Acme Corp',
        keptId: ACME_1,
        duplicateIds: [ACME_2, ACME_3],
        newDuplicateIds: [ACME_2, ACME_3],
        records: [
          { id: ACME_1, name: 'Acme Corp' },
          { id: ACME_2, name: 'ACME Inc.' },
          { id: ACME_3, name: 'Acme (old)' },
        ],
        rows: 2,
        keptSeparate: false,
      },
    ]);
  });

  it('stay separate accounts when the user keeps their domain (or all) apart', () => {
    for (const keepSeparate of ['all', new Set(['acme.com'])] as const) {
      const r = run([acmeReport], [], { keepSeparate });
      expect(r.counts.new).toBe(4);
      expect(r.newAccounts.every((a) => a.duplicateSalesforceIds.length === 0)).toBe(true);
      expect(r.crmDuplicateRows.salesforce).toBe(0);
      // Still listed, so the choice can be undone in the preview.
      expect(r.crmDuplicates).toMatchObject([
        {
          domain: 'acme.com',
          keptId: ACME_1,
          duplicateIds: [ACME_2, ACME_3],
          keptSeparate: true,
          rows: 2,
        },
      ]);
    }
    const other = run([acmeReport], [], { keepSeparate: new Set(['globex.com']) });
    expect(other.counts.new).toBe(2);
  });

  it('an empty domain is never a key: records without a website stay apart', () => {
    const r = run([report([`${ACME_1},Acme Corp,,,`, `${ACME_2},Acme Corp,,,`, `,Acme Corp,,,`])]);
    expect(r.counts.new).toBe(3);
    expect(r.crmDuplicates).toEqual([]);
  });
});

describe('same-company records across files and against the store', () => {
  it('a HubSpot export with two records of one company joins the Salesforce account', () => {
    const r = run([
      acmeReport,
      hubspot([
        '5001,Acme,acme.com,MACHINERY',
        '5002,Acme Corporation,www.acme.com,',
        '5003,Globex,globex.com,',
      ]),
    ]);
    const acme = r.newAccounts.find((a) => a.domain === 'acme.com');
    expect(acme).toMatchObject({
      salesforceId: ACME_1,
      hubspotId: '5001',
      duplicateSalesforceIds: [ACME_2, ACME_3],
      duplicateHubspotIds: ['5002'],
    });
    expect(r.crmDuplicateRows).toEqual({ salesforce: 2, hubspot: 1 });
    expect(r.crmDuplicates.map((g) => [g.crm, g.domain, g.keptId, g.duplicateIds])).toEqual([
      ['hubspot', 'acme.com', '5001', ['5002']],
      ['salesforce', 'acme.com', ACME_1, [ACME_2, ACME_3]],
    ]);
  });

  it('the stored account keeps its id even when the file lists a duplicate first', () => {
    const stored = run([report([`${ACME_2},Acme Corp,acme.com,,`])]).put;
    const r = run(
      [report([`${ACME_1},Acme One,acme.com,,`, `${ACME_3},Acme Three,acme.com,,`])],
      stored,
    );
    expect(r.counts).toMatchObject({ new: 0, updated: 1 });
    expect(r.updates[0]?.after).toMatchObject({
      id: stored[0]?.id,
      name: 'Acme Corp',
      salesforceId: ACME_2,
      duplicateSalesforceIds: [ACME_1, ACME_3],
    });
    expect(r.crmDuplicates[0]).toMatchObject({ keptId: ACME_2, rows: 2 });
  });

  it('a later import of a duplicate id finds the same account, whatever its website', () => {
    const first = run([acmeReport]);
    const again = run([report([`${ACME_3},Acme (old),acme-old.example,Retail,`])], first.put);
    expect(again.counts).toMatchObject({ new: 0, updated: 0 });
    expect(again.unchanged).toBe(1);
    // Reported again (the file still holds a duplicate record), nothing new to add.
    expect(again.crmDuplicates).toMatchObject([
      { keptId: ACME_1, duplicateIds: [ACME_2, ACME_3], newDuplicateIds: [], rows: 1 },
    ]);
  });

  it('merging follows the field policy; every policy records the duplicate ids', () => {
    const stored = run([report([`${ACME_1},Acme Corp,acme.com,Manufacturing,`])]).put;
    const file = report([`${ACME_2},ACME Inc.,acme.com,Retail,Omar Haddad`]);
    const fill = run([file], stored, { policy: 'fill-empty' }).updates[0]?.after;
    expect(fill).toMatchObject({
      name: 'Acme Corp',
      industry: 'Manufacturing',
      owner: 'Omar Haddad',
    });
    const over = run([file], stored, { policy: 'overwrite' }).updates[0]?.after;
    expect(over).toMatchObject({ name: 'ACME Inc.', industry: 'Retail', salesforceId: ACME_1 });
    const skip = run([file], stored, { policy: 'skip' }).updates[0];
    expect(skip?.after).toMatchObject({ name: 'Acme Corp', industry: 'Manufacturing', owner: '' });
    expect(skip?.changes.map((c) => c.field)).toEqual(['duplicateSalesforceIds']);
    for (const after of [fill, over, skip?.after]) {
      expect(after?.duplicateSalesforceIds).toEqual([ACME_2]);
    }
  });

  it('an id another account holds stays with that account', () => {
    const stored = run([report([`${GLOBEX},Globex,globex.com,,`])]).put;
    // A HubSpot row synced to Globex's Salesforce record but on Acme's domain: matched by id.
    const r = run(
      [
        acmeReport,
        {
          name: 'hs.csv',
          bytes: `Record ID,Company name,Company Domain Name,Salesforce ID\n5001,Acme,acme.com,${GLOBEX}\n`,
        },
      ],
      stored,
    );
    const accounts = [...r.newAccounts, ...r.updates.map((u) => u.after)];
    const holding = accounts.filter(
      (a) => a.salesforceId === GLOBEX || a.duplicateSalesforceIds.includes(GLOBEX),
    );
    expect(holding.map((a) => a.domain)).toEqual(['globex.com']);
  });
});

describe('withDuplicateIds', () => {
  const base = run([report([`${ACME_1},Acme,acme.com,,`])]).newAccounts[0] as Account;

  it('adds each id once, never the account’s own, and leaves the input alone', () => {
    const next = withDuplicateIds(base, { salesforce: [ACME_2, ACME_1, ACME_2], hubspot: ['7'] });
    expect(next.duplicateSalesforceIds).toEqual([ACME_2]);
    expect(next.duplicateHubspotIds).toEqual(['7']);
    expect(base.duplicateSalesforceIds).toEqual([]);
    expect(withDuplicateIds(next, { salesforce: [ACME_2] })).toBe(next);
  });
});
