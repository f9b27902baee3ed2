// The campaign-member export reuses the people index of the last data revision
// (sharedPeopleIndex, keyed on the accounts, contacts and persona-rule arrays). The store
// and the loader hand out new arrays on every change; an edit, so passed, is never served
// from the old index.
import { describe, expect, it } from 'vitest';
import { salesforceSuffix } from '../../../shared/accounts/salesforceId';
import { sharedPeopleIndex } from '../../../shared/contacts/motionPeople';
import type { Account, Contact, PersonaRule } from '../../../shared/domain/types';
import { exportSalesforceCampaignMembers } from '../../../shared/export/campaignMembers';
import { account, motion, sourceOf } from '../export/exportFixtures';
import { person } from './people';

const id18 = (prefix: string, n: number) => {
  const id15 = `${prefix}${String(n).padStart(15 - prefix.length, '0')}`;
  return id15 + salesforceSuffix(id15);
};

const acme = account({ id: 'a1', name: 'Acme', domain: 'acme.example', tier: 1, status: 'target' });
const beta = account({ id: 'a2', name: 'Beta', domain: 'beta.example', tier: 2, status: 'target' });
const nurture = motion({
  id: 'm1',
  name: 'Q1 nurture',
  salesforceId: id18('701', 1),
  audience: { tiers: [1], segments: [], match: 'all', include: [], exclude: [] },
});
const people: Contact[] = [0, 1, 2].map((i) =>
  person({ id: `p${i}`, salesforceId: id18('003', i + 1), email: `p${i}@acme.example` }),
);

// One settings object, so its persona rules stay the same array and only the edit differs.
const settings = sourceOf({}).settings;

function memberIds(accounts: readonly Account[], contacts: readonly Contact[]): string[] {
  const run = exportSalesforceCampaignMembers(
    sourceOf({
      accounts: accounts as Account[],
      motions: [nurture],
      contacts: contacts as Contact[],
      settings,
    }),
  );
  if (!run.ok) throw new Error(run.error);
  return run.result.tables.flatMap((t) => t.rows.map((r) => r[1] as string));
}

describe('the shared people index', () => {
  it('is built once for the same arrays and again for new ones', () => {
    const accounts = [acme, beta];
    const rules: PersonaRule[] = [];
    const first = sharedPeopleIndex(accounts, people, rules);
    expect(sharedPeopleIndex(accounts, people, rules)).toBe(first);
    expect(sharedPeopleIndex([...accounts], people, rules)).not.toBe(first);
    expect(sharedPeopleIndex(accounts, [...people], rules)).not.toBe(first);
    expect(sharedPeopleIndex(accounts, people, [])).not.toBe(first);
  });

  it('an edited contact (a new contacts array) is exported as edited', () => {
    const accounts = [acme, beta];
    expect(memberIds(accounts, people)).toHaveLength(3);
    const moved = people.map((p) =>
      p.id === 'p0'
        ? { ...p, email: 'p0@beta.example' }
        : p.id === 'p1'
          ? { ...p, emailOptOut: true }
          : p,
    );
    expect(memberIds(accounts, moved)).toEqual([people[2]!.salesforceId]);
  });

  it('an edited account (a new accounts array) re-matches its people', () => {
    const accounts = [acme, beta];
    expect(memberIds(accounts, people)).toHaveLength(3);
    const renamed = [{ ...acme, domain: 'acme-new.example' }, beta];
    expect(memberIds(renamed, people)).toEqual([]);
    const tiered = [acme, { ...beta, tier: 1 as const }];
    const atBeta = [
      ...people,
      person({ id: 'b', salesforceId: id18('003', 9), email: 'b@beta.example' }),
    ];
    expect(memberIds(tiered, atBeta)).toHaveLength(4);
  });
});
