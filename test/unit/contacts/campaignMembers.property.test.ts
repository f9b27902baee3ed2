// Campaign members out: a Salesforce CampaignMember file (exactly one of ContactId/LeadId,
// 18-character ids, files split below 50,000 rows) and a HubSpot list file, with opted-out
// people and, for an e-mail motion, people without e-mail left out and counted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { salesforceSuffix } from '../../../shared/accounts/salesforceId';
import { optedOutOf } from '../../../shared/contacts/motionPeople';
import type { Contact, Motion } from '../../../shared/domain/types';
import {
  exportHubspotContactList,
  exportSalesforceCampaignMembers,
} from '../../../shared/export/campaignMembers';
import { exportLeadsOnTal } from '../../../shared/export/leadsOnTal';
import { renderExport } from '../../../shared/export/renderExport';
import { readCsv } from '../../../shared/csv/readCsv';
import { account, motion, sourceOf } from '../export/exportFixtures';
import { person } from './people';

const id18 = (prefix: string, n: number) => {
  const id15 = `${prefix}${String(n).padStart(15 - prefix.length, '0')}`;
  return id15 + salesforceSuffix(id15);
};

const accounts = [
  account({
    id: 'a1',
    name: 'Acme',
    domain: 'acme.example',
    status: 'target',
    tier: 1,
    owner: 'Jane Doe',
    ownerEmail: 'jane@us.example',
    primaryTeam: 'sales',
  }),
  account({ id: 'a2', name: 'Beta', domain: 'beta.example', status: 'candidate' }),
];
const nurture = motion({
  id: 'm1',
  name: 'Q1 nurture',
  salesforceId: id18('701', 1),
  audience: { tiers: [1], segments: [], match: 'all', include: [], exclude: [] },
});

function people(n: number, make: (i: number) => Partial<Contact> = () => ({})): Contact[] {
  return Array.from({ length: n }, (_, i) =>
    person({
      id: `p${i}`,
      kind: i % 3 === 0 ? 'lead' : 'contact',
      salesforceId: id18(i % 3 === 0 ? '00Q' : '003', i + 1),
      email: `p${i}@acme.example`,
      title: i % 2 ? 'VP Marketing' : 'Engineer',
      ...make(i),
    }),
  );
}

function run(contacts: Contact[], motions: Motion[] = [nurture], maxRowsPerFile?: number) {
  const r = exportSalesforceCampaignMembers(sourceOf({ accounts, motions, contacts }), {
    maxRowsPerFile,
  });
  if (!r.ok) throw new Error(r.error);
  return r.result;
}

describe('campaign members', () => {
  it('each row holds the campaign id, exactly one of ContactId / LeadId (18 characters) and the status setting', () => {
    const result = run(people(6));
    const table = result.tables[0]!;
    expect(table.headers).toEqual(['CampaignId', 'ContactId', 'LeadId', 'Status']);
    expect(table.rows).toHaveLength(6);
    for (const [campaign, contact, lead, status] of table.rows as string[][]) {
      expect(campaign).toBe(nurture.salesforceId);
      expect([contact, lead].filter((x) => x !== '')).toHaveLength(1);
      expect((contact || lead)!.length).toBe(18);
      expect(status).toBe('Sent');
    }
    expect(result.problems).toEqual([]);
  });

  it('opted-out people and, for an e-mail motion, people without an e-mail are left out and counted', () => {
    const result = run(
      people(5, (i) =>
        i === 0 ? { emailOptOut: true } : i === 1 ? { email: '', company: 'Acme' } : {},
      ),
    );
    expect(result.tables[0]?.rows).toHaveLength(3);
    expect(result.notes?.[0]).toBe(
      'Q1 nurture: 3 members; left out: 1 person opted out of e-mail, 1 person without an e-mail (an e-mail motion).',
    );
  });

  it('a call blitz leaves out Do Not Call people but reaches e-mail opt-outs', () => {
    const call = { ...nurture, channel: 'phone' as const };
    const result = run(
      people(3, (i) => (i === 0 ? { doNotCall: true } : { emailOptOut: true })),
      [call],
    );
    expect(result.tables[0]?.rows).toHaveLength(2);
  });

  it('a motion limited to a persona reaches only those people; people at accounts outside the audience never', () => {
    const limited = {
      ...nurture,
      audience: { ...nurture.audience, personas: ['marketing leader'] },
    };
    const all = [
      ...people(4),
      person({ id: 'x', salesforceId: id18('003', 99), email: 'x@beta.example' }),
    ];
    const result = run(all, [limited]);
    expect(result.tables[0]?.rows).toHaveLength(2);
  });

  it('a motion without a Salesforce ID is an error on its rows, naming the motion', () => {
    const result = run(people(1), [{ ...nurture, salesforceId: '' }]);
    expect(result.problems[0]).toMatchObject({ severity: 'error', column: 'CampaignId', row: 2 });
    expect(result.problems[0]?.message).toMatch(/"Q1 nurture" has no Salesforce ID/);
  });

  it('(property) files stay below the row limit, in order, and together hold every member once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 25 }), (n, max) => {
        const result = run(people(n), [nurture], max);
        const rows = result.tables.flatMap((t) => t.rows);
        expect(rows).toHaveLength(n);
        for (const t of result.tables) expect(t.rows.length).toBeLessThanOrEqual(max);
        expect(result.tables).toHaveLength(Math.max(1, Math.ceil(n / max)));
        expect(new Set(rows.map((r) => r[1] || r[2])).size).toBe(n);
      }),
      { numRuns: 60 },
    );
  });

  it('(property) opt-out filtering: a member is never opted out of the channel, and members + left out = people at the audience', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ out: fc.boolean(), dnc: fc.boolean(), mail: fc.boolean() }), {
          maxLength: 30,
        }),
        fc.constantFrom<Motion['channel']>('email', 'phone', 'event'),
        (flags, channel) => {
          const contacts = people(flags.length, (i) => ({
            emailOptOut: flags[i]!.out,
            doNotCall: flags[i]!.dnc,
            email: flags[i]!.mail ? `p${i}@acme.example` : '',
            salesforceAccountId: '',
            company: 'Acme',
          }));
          const m = { ...nurture, channel };
          const result = run(contacts, [m]);
          const ids = new Set(result.tables[0]!.rows.map((r) => r[1] || r[2]));
          const members = contacts.filter((c) => ids.has(c.salesforceId));
          for (const c of members) expect(optedOutOf(m, c)).toBe(false);
          const expected = contacts.filter(
            (c) => !optedOutOf(m, c) && (channel !== 'email' || c.email !== ''),
          );
          expect(members.map((c) => c.id)).toEqual(expected.map((c) => c.id));
        },
      ),
      { numRuns: 80 },
    );
  });

  it('splits at 50,000: 50,001 members make two Salesforce files, each below 50,000 rows', () => {
    const result = run(people(50_001));
    expect(result.tables.map((t) => t.rows.length)).toEqual([49_999, 2]);
    expect(result.tables.map((t) => t.suffix)).toEqual(['1', '2']);
  });

  it('the HubSpot list file holds each e-mail with the list name, and round-trips through both modes', () => {
    const r = exportHubspotContactList(
      sourceOf({
        accounts,
        motions: [nurture],
        contacts: people(2, (i) => ({ firstName: i ? '=cmd' : '007' })),
      }),
    );
    if (!r.ok) throw new Error(r.error);
    expect(r.result.tables[0]?.headers).toEqual(['Email', 'First Name', 'Last Name', 'List name']);
    for (const mode of ['crm', 'excel'] as const) {
      const [file] = renderExport(r.result, mode);
      const back = readCsv(file!.name, file!.text);
      if (!back.ok) throw new Error(back.error.message);
      expect(back.rows).toEqual(r.result.tables[0]?.rows);
      expect(file!.text.startsWith('\uFEFF')).toBe(mode === 'excel');
    }
  });

  it('the HubSpot list holds an e-mail once, whatever its case, and counts the others', () => {
    const r = exportHubspotContactList(
      sourceOf({
        accounts,
        motions: [nurture],
        contacts: people(3, (i) => ({ email: i === 2 ? 'p9@acme.example' : ' P0@Acme.example' })),
      }),
    );
    if (!r.ok) throw new Error(r.error);
    expect(r.result.tables[0]?.rows.map((row) => row[0])).toEqual([
      'P0@Acme.example',
      'p9@acme.example',
    ]);
    expect(r.result.notes?.[0]).toContain('1 person with the e-mail of one listed already');
  });

  it('an unknown motion name is refused with the names', () => {
    const r = exportSalesforceCampaignMembers(sourceOf({ accounts, motions: [nurture] }), {
      motion: 'Nope',
    });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/no motion "Nope".*Q1 nurture/);
  });
});

describe('leads on the TAL', () => {
  it('lists matched people at target accounts with tier, owner and primary team, and counts the rest', () => {
    const contacts = [
      person({
        id: 'l',
        kind: 'lead',
        firstName: 'Alex',
        email: 'alex@acme.example',
        title: 'Head of Marketing',
      }),
      person({ id: 'b', email: 'b@beta.example' }),
      person({ id: 'u', email: 'u@gmail.com' }),
    ];
    const result = exportLeadsOnTal(sourceOf({ accounts, contacts }));
    const table = result.tables[0]!;
    expect(table.rows).toHaveLength(1);
    const row = Object.fromEntries(table.headers.map((h, i) => [h, table.rows[0]![i]]));
    expect(row).toMatchObject({
      Type: 'Lead',
      Persona: 'Marketing leader',
      'Account name': 'Acme',
      Tier: '1',
      'Account owner': 'Jane Doe',
      'Account owner email': 'jane@us.example',
      'Primary outreach team': 'Sales',
      'Matched by': 'E-mail domain (acme.example)',
    });
    expect(result.notes?.[0]).toMatch(
      /1 people at target accounts; 1 at accounts that are not targets and 1 matched to no account/,
    );
  });
});
