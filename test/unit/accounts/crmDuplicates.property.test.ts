// Random Salesforce/HubSpot files drawn from small pools of ids and domains (so they collide
// a lot), imported one after another into the store: the grouping of same-company records
// holds its promises whatever the files hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dedupeCandidates,
  importAccounts,
  suggestMapping,
  tableToCandidates,
  toSalesforceId18,
  type Candidate,
  type KeepSeparate,
  type MergePolicy,
} from '../../../shared/accounts';
import { readCsv } from '../../../shared/csv/readCsv';
import { sequentialIds } from '../../../shared/domain/ids';
import type { Account } from '../../../shared/domain/types';

const SF = ['Aa001', 'Bb002', 'Cc003', 'Dd004', 'Ee005', 'Ff006'].map(
  (s) => toSalesforceId18(`0015g00000${s}`) as string,
);
const HS = ['101', '102', '103', '104', '105'];
const DOMAINS = ['acme.com', 'globex.com', 'initech.com', 'umbrella.com'];
const WEBSITE_FORMS = (d: string) => [d, `https://www.${d}/`, `http://${d}/about`, `WWW.${d}`];

interface Row {
  sf: number | null;
  hs: number | null;
  domain: number | null;
  form: number;
}
const rowArb: fc.Arbitrary<Row> = fc.record({
  sf: fc.option(fc.nat(SF.length - 1)),
  hs: fc.option(fc.nat(HS.length - 1)),
  domain: fc.option(fc.nat(DOMAINS.length - 1)),
  form: fc.nat(3),
});
const filesArb = fc.array(fc.array(rowArb, { minLength: 1, maxLength: 12 }), {
  minLength: 1,
  maxLength: 3,
});
const keepArb: fc.Arbitrary<KeepSeparate | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant('all' as const),
  fc.subarray(DOMAINS).map((d) => new Set(d)),
);

function csv(rows: readonly Row[], file: number): { name: string; bytes: string } {
  const lines = rows.map((r, i) => {
    const domain = r.domain === null ? '' : DOMAINS[r.domain]!;
    const website = domain === '' ? '' : WEBSITE_FORMS(domain)[r.form]!;
    return [
      r.sf === null ? '' : SF[r.sf],
      `Row ${file}-${i}`,
      website,
      r.hs === null ? '' : HS[r.hs],
    ].join(',');
  });
  return {
    name: `file-${file}.csv`,
    bytes: ['Account ID,Account Name,Website,Record ID', ...lines].join('\n') + '\n',
  };
}

function candidatesOf(file: { name: string; bytes: string }): Candidate[] {
  const table = readCsv(file.name, file.bytes);
  if (!table.ok) throw new Error(table.error.message);
  return tableToCandidates(table, suggestMapping(table.headers)).candidates;
}

/** Imports the files one after another, each against the store the previous ones left. */
function importInTurn(files: Row[][], policy: MergePolicy, keepSeparate?: KeepSeparate) {
  const newId = sequentialIds('acc');
  let store: Account[] = [];
  const stages: Account[][] = [];
  files.forEach((rows, i) => {
    const r = importAccounts([csv(rows, i)], store, {
      policy,
      defaultStatus: 'candidate',
      now: '2027-01-15T10:00:00.000Z',
      newId,
      profile: null,
      keepSeparate,
    });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const byId = new Map(store.map((a) => [a.id, a]));
    for (const a of r.put) byId.set(a.id, a);
    store = [...byId.values()];
    stages.push(store);
  });
  return stages;
}

const idsOf = (a: Account) => [
  ...[a.salesforceId, ...a.duplicateSalesforceIds].filter(Boolean).map((id) => `sf:${id}`),
  ...[a.hubspotId, ...a.duplicateHubspotIds].filter(Boolean).map((id) => `hs:${id}`),
];

describe('same-company records across files and the store', () => {
  it('every id is in one account only, and no id of the files is lost', () => {
    fc.assert(
      fc.property(
        filesArb,
        fc.constantFrom<MergePolicy>('fill-empty', 'overwrite'),
        keepArb,
        (files, policy, keep) => {
          const stages = importInTurn(files, policy, keep);
          const final = stages[stages.length - 1]!;
          const owner = new Map<string, string>();
          for (const a of final) {
            for (const id of idsOf(a)) {
              expect(owner.get(id), `${id} in two accounts`).toBeUndefined();
              owner.set(id, a.id);
            }
          }
          for (const row of files.flat()) {
            if (row.sf !== null) expect(owner.has(`sf:${SF[row.sf]}`)).toBe(true);
            if (row.hs !== null) expect(owner.has(`hs:${HS[row.hs]}`)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a stored account keeps its ids, and its duplicate ids only grow', () => {
    fc.assert(
      fc.property(
        filesArb,
        fc.constantFrom<MergePolicy>('fill-empty', 'overwrite', 'skip'),
        keepArb,
        (files, policy, keep) => {
          const stages = importInTurn(files, policy, keep);
          for (let s = 1; s < stages.length; s++) {
            const after = new Map(stages[s]!.map((a) => [a.id, a]));
            for (const before of stages[s - 1]!) {
              const a = after.get(before.id)!;
              if (before.salesforceId) expect(a.salesforceId).toBe(before.salesforceId);
              if (before.hubspotId) expect(a.hubspotId).toBe(before.hubspotId);
              expect(
                a.duplicateSalesforceIds.slice(0, before.duplicateSalesforceIds.length),
              ).toEqual(before.duplicateSalesforceIds);
              expect(a.duplicateHubspotIds.slice(0, before.duplicateHubspotIds.length)).toEqual(
                before.duplicateHubspotIds,
              );
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('kept apart, no account gains a duplicate id', () => {
    fc.assert(
      fc.property(filesArb, (files) => {
        for (const a of importInTurn(files, 'fill-empty', 'all').at(-1)!) {
          expect(a.duplicateSalesforceIds).toEqual([]);
          expect(a.duplicateHubspotIds).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('rows meet only through a shared id or a shared non-empty domain', () => {
    fc.assert(
      fc.property(
        filesArb,
        rowArb.map((r) => [r]),
        keepArb,
        (files, extra, keep) => {
          const stored = importInTurn(files, 'fill-empty', keep).at(-1)!;
          const file = csv([...(files[0] ?? []), ...extra], 9);
          const candidates = candidatesOf(file);
          const byRow = new Map(candidates.map((c) => [c.row, c]));
          const { groups } = dedupeCandidates(candidates, stored, keep);
          for (const g of groups) {
            // The keys the group's members bring; each later member must share one with them.
            const keys = new Set<string>(g.existing ? keysOfAccount(g.existing) : []);
            const members = g.rows.map((r) => byRow.get(r.row)!);
            members.forEach((c, i) => {
              const own = [
                c.fields.salesforceId && `sf:${c.fields.salesforceId}`,
                c.fields.hubspotId && `hs:${c.fields.hubspotId}`,
                c.fields.domain && `d:${c.fields.domain}`,
              ].filter((k): k is string => Boolean(k));
              if (i > 0 || g.existing) expect(own.some((k) => keys.has(k))).toBe(true);
              for (const k of own) keys.add(k);
            });
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

function keysOfAccount(a: Account): string[] {
  return [...idsOf(a), ...(a.domain ? [`d:${a.domain}`] : [])];
}
