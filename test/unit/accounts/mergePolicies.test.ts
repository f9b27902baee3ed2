// Merge policies keep links: every policy, "Skip" included, links the other CRM's id; HubSpot's
// internal dropdown values are read as their labels; "Overwrite" never changes only a case.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  HUBSPOT_INDUSTRIES,
  MERGE_POLICIES,
  applyIncoming,
  hubspotEnumLabel,
  importAccounts,
  industryLabel,
  internalValueOf,
  type ImportOptions,
  type MergePolicy,
} from '../../../shared/accounts';
import { sequentialIds } from '../../../shared/domain/ids';
import type { Account } from '../../../shared/domain/types';
import { makeAccount } from '../workspace/fixtures';

const options = (policy: MergePolicy): ImportOptions => ({
  policy,
  defaultStatus: 'candidate',
  now: '2027-01-15T10:00:00.000Z',
  newId: sequentialIds('acc'),
  profile: null,
});

function run(csv: string, existing: Account[], policy: MergePolicy) {
  const r = importAccounts([{ name: 'hubspot.csv', bytes: csv }], existing, options(policy));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
}

const HUBSPOT_HEADER = 'Record ID,Company name,Company Domain Name,Industry,Lifecycle Stage,Type';

describe('every merge policy links the other CRM id', () => {
  const stored = makeAccount({
    id: 'sf',
    name: 'Acme',
    website: 'acme.example',
    domain: 'acme.example',
    salesforceId: '001A000001NXWytIAH',
    industry: 'Media',
  });

  it.each(MERGE_POLICIES.map((p) => p.policy))(
    '%s: a HubSpot row of a Salesforce account fills its HubSpot id',
    (policy) => {
      const r = run(
        `${HUBSPOT_HEADER}\n9001,Acme Corp,acme.example,MEDIA,lead,PROSPECT\n`,
        [stored],
        policy,
      );
      expect(r.counts.updated).toBe(1);
      const after = r.updates[0]?.after;
      expect(after?.hubspotId).toBe('9001');
      expect(after?.salesforceId).toBe('001A000001NXWytIAH');
      if (policy === 'skip') {
        expect(r.updates[0]?.changes.map((c) => c.field)).toEqual(['hubspotId']);
        expect(after?.name).toBe('Acme');
      }
    },
  );

  it('skip never replaces an id that is there, and changes nothing when both ids are linked', () => {
    const linked = { ...stored, hubspotId: '1234' };
    const r = run(`${HUBSPOT_HEADER}\n1234,Acme Corp,acme.example,BANKING,,\n`, [linked], 'skip');
    expect(r.counts).toMatchObject({ updated: 0 });
    expect(r.unchanged).toBe(1);
    expect(applyIncoming(linked, { hubspotId: '9999' }, {}, 'skip')).toBe(linked);
  });
});

describe('"Overwrite" never changes only a case', () => {
  it('keeps the stored spelling when the incoming value differs only in case', () => {
    const stored = makeAccount({
      industry: 'Media',
      territory: 'EMEA North',
      custom: { Type: 'Prospect' },
    });
    const after = applyIncoming(
      stored,
      { industry: 'MEDIA', territory: 'emea north', name: 'ACME' },
      { Type: 'PROSPECT' },
      'overwrite',
    );
    expect(after).toMatchObject({ industry: 'Media', territory: 'EMEA North', name: 'Acme' });
    expect(after.custom.Type).toBe('Prospect');
  });

  it('still overwrites a different value', () => {
    const after = applyIncoming(
      makeAccount({ industry: 'Media' }),
      { industry: 'Banking' },
      {},
      'overwrite',
    );
    expect(after.industry).toBe('Banking');
  });

  it('for any text and any change of its case, the stored text stays', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.array(fc.boolean()), (text, flips) => {
        const recased = [...text]
          .map((c, i) => (flips[i % Math.max(1, flips.length)] ? c.toUpperCase() : c.toLowerCase()))
          .join('');
        fc.pre(recased.toLowerCase() === text.toLowerCase());
        const after = applyIncoming(
          makeAccount({ notes: text }),
          { notes: recased },
          {},
          'overwrite',
        );
        expect(after.notes).toBe(text);
      }),
    );
  });
});

describe("HubSpot's internal values are read as labels", () => {
  it("knows all of HubSpot's 148 industries, each under its internal value", () => {
    expect(HUBSPOT_INDUSTRIES.size).toBe(148);
    expect(HUBSPOT_INDUSTRIES.get('COMPUTER_SOFTWARE')).toBe('Computer Software');
    expect(HUBSPOT_INDUSTRIES.get('FINANCIAL_SERVICES')).toBe('Financial Services');
    expect(HUBSPOT_INDUSTRIES.get('APPAREL_FASHION')).toBe('Apparel & Fashion');
    expect(HUBSPOT_INDUSTRIES.get('GLASS_CERAMICS_CONCRETE')).toBe('Glass, Ceramics & Concrete');
    expect(HUBSPOT_INDUSTRIES.get('HEALTH_WELLNESS_AND_FITNESS')).toBe(
      'Health, Wellness and Fitness',
    );
    expect(HUBSPOT_INDUSTRIES.get('E_LEARNING')).toBe('E-Learning');
    expect(HUBSPOT_INDUSTRIES.get('HOSPITAL_HEALTH_CARE')).toBe('Hospital & Health Care');
    expect(HUBSPOT_INDUSTRIES.get('MOBILE_GAMES')).toBe('Mobile Games');
    for (const [value, label] of HUBSPOT_INDUSTRIES) {
      expect(value).toMatch(/^[A-Z0-9]+(_[A-Z0-9]+)*$/);
      expect(internalValueOf(label)).toBe(value);
      expect(industryLabel(value)).toBe(label);
      // A label is never read as something else.
      expect(industryLabel(label)).toBe(label);
    }
  });

  it('title-cases an unknown UPPER_SNAKE value, and a single upper-case word only from HubSpot', () => {
    expect(industryLabel('QUANTUM_COMPUTING_AND_AI')).toBe('Quantum Computing and Ai');
    expect(industryLabel('MEDIA')).toBe('MEDIA');
    expect(industryLabel('MEDIA', true)).toBe('Media');
    expect(industryLabel('IT', true)).toBe('IT');
    expect(industryLabel('Banking')).toBe('Banking');
  });

  it('maps lifecycle stage, type and lead status kept as custom fields', () => {
    expect(hubspotEnumLabel('Lifecycle Stage', 'marketingqualifiedlead')).toBe(
      'Marketing Qualified Lead',
    );
    expect(hubspotEnumLabel('lifecyclestage', 'customer')).toBe('Customer');
    expect(hubspotEnumLabel('Type', 'PROSPECT')).toBe('Prospect');
    expect(hubspotEnumLabel('Lead Status', 'IN_PROGRESS')).toBe('In Progress');
    expect(hubspotEnumLabel('Type', 'Customer - Direct')).toBe('Customer - Direct');
    expect(hubspotEnumLabel('Notes', 'PROSPECT')).toBe('PROSPECT');
  });

  it('an import of a HubSpot export stores labels, so an overwrite meets "Media" as the same value', () => {
    const stored = makeAccount({
      id: 'x',
      domain: 'acme.example',
      website: 'acme.example',
      industry: 'Media',
    });
    const csv =
      `${HUBSPOT_HEADER}\n` +
      '9001,Acme,acme.example,MEDIA,marketingqualifiedlead,PROSPECT\n' +
      '9002,Beta,beta.example,FINANCIAL_SERVICES,customer,PARTNER\n';
    const r = run(csv, [stored], 'overwrite');
    expect(r.updates[0]?.after.industry).toBe('Media');
    expect(r.updates[0]?.changes.map((c) => c.field)).not.toContain('industry');
    const beta = r.newAccounts[0];
    expect(beta?.industry).toBe('Financial Services');
    expect(beta?.custom).toEqual({ 'Lifecycle Stage': 'Customer', Type: 'Partner' });
  });

  it('a Salesforce file keeps its own values as written', () => {
    const r = run(
      'Account ID,Account Name,Website,Industry,Type\n001A000001NXWyt,Acme,acme.example,MEDIA,PROSPECT\n',
      [],
      'fill-empty',
    );
    expect(r.newAccounts[0]).toMatchObject({ industry: 'MEDIA', custom: { Type: 'PROSPECT' } });
  });
});
