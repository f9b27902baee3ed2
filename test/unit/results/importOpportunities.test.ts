// The results import: a Salesforce opportunities report and a HubSpot deals export read,
// mapped and matched to the workspace's accounts; unmatched ones listed, never dropped; a bad
// cell names its file, row and column and refuses the whole import.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildResultsPreview,
  importResults,
  parseResultsFiles,
  resultsImportChanges,
  withoutTime,
} from '../../../shared/results/importOpportunities';
import { makeAccount } from '../workspace/fixtures';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/results/${name}`, import.meta.url)));
const accounts = [
  makeAccount({
    id: 'acme',
    name: 'Acme',
    domain: 'acme.example',
    salesforceId: '0015g00000W6W9aAAF',
  }),
  makeAccount({ id: 'globex', name: 'Globex', domain: 'globex.example', hubspotId: '202' }),
  makeAccount({ id: 'initech', name: 'Initech', domain: 'initech.example' }),
];
const options = { accounts, existing: [], now: '2027-04-01T00:00:00.000Z' };

describe('a Salesforce opportunities report', () => {
  const preview = importResults(
    [{ name: 'salesforce-opportunities.csv', bytes: fixture('salesforce-opportunities.csv') }],
    options,
  );

  it('reads every row, its amounts, US dates and stages, leaving out the report footer', () => {
    if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
    expect(preview.errors).toEqual([]);
    expect(preview.canImport).toBe(true);
    expect(preview.files[0]).toMatchObject({ crm: 'salesforce', rows: 4 });
    const [won, open, lost] = preview.opportunities;
    expect(won).toMatchObject({
      id: `salesforce:${won!.crmId}`,
      amount: 48000,
      stage: 'Closed Won',
      outcome: 'won',
      createdDate: '2027-01-10',
      closeDate: '2027-02-20',
      leadSource: 'Web',
      campaignSource: 'Q1 nurture',
      accountId: 'acme',
      matchedBy: 'crm id',
    });
    expect(won!.crmId).toHaveLength(18);
    expect(open).toMatchObject({
      amount: 12500.5,
      outcome: 'open',
      accountId: 'acme',
      matchedBy: 'name',
    });
    expect(lost).toMatchObject({ outcome: 'lost', accountId: 'globex', matchedBy: 'name' });
    expect(preview.notices.join('\n')).toMatch(/footer/);
  });

  it('lists the opportunity no account matches, and imports it all the same', () => {
    if (!preview.ok) throw new Error('not read');
    expect(preview.unmatched).toEqual([
      expect.objectContaining({ row: 5, reason: 'No account is named "Hooli Ltd"' }),
    ]);
    expect(preview.put).toHaveLength(4);
    expect(preview.counts).toEqual({ new: 4, updated: 0, unchanged: 0, unmatched: 1, rejected: 0 });
    const { batch, opportunities } = resultsImportChanges(preview, 'b1', options.now);
    expect(batch).toMatchObject({ kind: 'results', files: ['salesforce-opportunities.csv'] });
    expect(opportunities.map((o) => o.accountId)).toEqual(['acme', 'acme', 'globex', null]);
  });

  it('imported again, nothing changes; a changed stage updates its opportunity', () => {
    if (!preview.ok) throw new Error('not read');
    const again = importResults(
      [{ name: 'salesforce-opportunities.csv', bytes: fixture('salesforce-opportunities.csv') }],
      { ...options, existing: preview.opportunities, now: '2027-04-02T00:00:00.000Z' },
    );
    expect(again.ok && again.counts).toMatchObject({ new: 0, updated: 0, unchanged: 4 });
    const changed = preview.opportunities.map((o, i) =>
      i === 1 ? { ...o, stage: 'Prospecting' } : o,
    );
    const third = importResults(
      [{ name: 'salesforce-opportunities.csv', bytes: fixture('salesforce-opportunities.csv') }],
      { ...options, existing: changed },
    );
    expect(third.ok && third.counts).toMatchObject({ updated: 1, unchanged: 3 });
  });
});

describe('a HubSpot deals export', () => {
  it('reads date-times as days, stage values and labels, the primary company id', () => {
    const preview = importResults(
      [{ name: 'deals.csv', bytes: fixture('hubspot-deals.csv') }],
      options,
    );
    if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
    expect(preview.errors).toEqual([]);
    expect(preview.files[0]?.crm).toBe('hubspot');
    expect(
      preview.opportunities.map((o) => [
        o.id,
        o.outcome,
        o.createdDate,
        o.closeDate,
        o.accountId,
        o.matchedBy,
      ]),
    ).toEqual([
      ['hubspot:9100001', 'won', '2027-01-05', '2027-02-14', 'globex', 'crm id'],
      ['hubspot:9100002', 'lost', '2027-01-12', '2027-03-01', 'initech', 'name'],
      ['hubspot:9100003', 'open', '2027-03-20', null, null, null],
    ]);
    expect(preview.opportunities[2]?.amount).toBeNull();
    expect(preview.unmatched[0]?.reason).toBe(
      'No account has the id 999; no account is named "Umbrella Corp"',
    );
  });
});

describe('bad input names the file, row and column and imports nothing', () => {
  const csv = (text: string) => importResults([{ name: 'bad.csv', bytes: text }], options);

  it('a bad amount, a bad date and a repeated id', () => {
    const preview = csv(
      'Opportunity ID,Account Name,Amount,Stage,Created Date\n' +
        '0065g00000AbCdE,Acme,lots,Closed Won,2027-01-10\n' +
        '0065g00000AbCdF,Acme,10,Closed Won,2027-02-30\n' +
        '0065g00000AbCdE,Acme,10,Closed Won,2027-01-10\n',
    );
    if (!preview.ok) throw new Error('not read');
    expect(preview.canImport).toBe(false);
    expect(preview.errors).toEqual([
      {
        file: 'bad.csv',
        row: 2,
        column: 'Amount',
        message: '"lots" is not a number',
        value: 'lots',
      },
      expect.objectContaining({ row: 3, column: 'Created Date', value: '2027-02-30' }),
      expect.objectContaining({
        row: 4,
        column: 'Opportunity ID',
        message: 'repeats the opportunity of row 2',
      }),
    ]);
    expect(() => resultsImportChanges(preview, 'b', options.now)).toThrow(/nothing was imported/);
  });

  it('a file with no stage or no account column is refused by its mapping', () => {
    const preview = csv('Opportunity ID,Amount,Created Date\n0065g00000AbCdE,10,2027-01-10\n');
    if (!preview.ok) throw new Error('not read');
    expect(preview.errors.map((e) => e.message)).toEqual([
      'No column holds the "Stage". Map one.',
      'No column names the account (its ID, domain or name), so no opportunity can be matched to an account. Map one.',
    ]);
  });

  it('ambiguous day/month dates ask, and the answer reads them', () => {
    const text =
      'Record ID,Deal Stage,Create Date,Associated Company (Primary)\n1,closedwon,03/02/2027,Acme\n';
    const asked = csv(text);
    expect(asked.ok && asked.dateQuestion?.text).toBe(
      '03/02/2027: 3 February 2027 or March 2, 2027?',
    );
    expect(asked.ok && asked.canImport).toBe(false);
    const answered = importResults([{ name: 'bad.csv', bytes: text }], {
      ...options,
      dateOrder: 'mdy',
    });
    expect(answered.ok && answered.opportunities[0]?.createdDate).toBe('2027-03-02');
  });

  it('an empty file is refused before any mapping', () => {
    expect(csv('')).toEqual({
      ok: false,
      errors: [{ file: 'bad.csv', message: 'The file is empty.' }],
    });
  });
});

describe('mapping', () => {
  it('is suggested from the headers and a corrected one is used as given', () => {
    const parsed = parseResultsFiles([
      { name: 'x.csv', bytes: 'Deal,Phase,Opened,Client\n7,closedwon,2027-01-02,Acme\n' },
    ]);
    if (!parsed.ok) throw new Error('not read');
    expect(Object.values(parsed.files[0]!.mapping)).toEqual(['', '', '', '']);
    const preview = buildResultsPreview(
      [
        {
          ...parsed.files[0]!,
          mapping: { Deal: 'crmId', Phase: 'stage', Opened: 'createdDate', Client: 'accountName' },
        },
      ],
      options,
    );
    expect(preview.opportunities[0]).toMatchObject({
      crm: 'hubspot',
      crmId: '7',
      accountId: 'acme',
      outcome: 'won',
    });
  });

  it('drops the time of a date-time', () => {
    expect(withoutTime('1/10/2027 9:03 AM')).toBe('1/10/2027');
    expect(withoutTime('2027-02-14 10:00')).toBe('2027-02-14');
    expect(withoutTime('2027-02-14')).toBe('2027-02-14');
  });
});
