/**
 * The sample's contacts and leads: a few hundred people at the sample accounts, so the
 * Contacts view shows every way of matching (Salesforce Account ID, e-mail domain, company
 * name), people it cannot match (a gmail.com address, a company not in the workspace), opt-outs
 * and personas; and the Tier 1 nurture gets a Salesforce Campaign ID and the roundtable a
 * persona limit, so both campaign-member exports work on the sample. Deterministic: seeded.
 */
import { toSalesforceId18 } from '../accounts/salesforceId';
import type { Account, Contact, IsoDateTime, Motion } from '../domain/types';
import type { IdGenerator } from '../domain/ids';
import { prng } from './accounts';

const FIRST_NAMES = [
  'Ada',
  'Ben',
  'Chloé',
  'Dana',
  'Eli',
  'Fatima',
  'Goran',
  'Hana',
  'Ivan',
  'Jun',
  'Kofi',
  'Lena',
  'Mateo',
  'Nia',
  'Omar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sven',
  'Tariq',
  'Uma',
  'Viktor',
  'Wen',
  'Yara',
];
const LAST_NAMES = [
  'Adams',
  'Becker',
  'Costa',
  'Dubois',
  'Eriksen',
  'Fischer',
  'García',
  'Hoffmann',
  'Ito',
  'Jansen',
  'Kowalski',
  'Larsen',
  'Moreau',
  'Nakamura',
  'Okafor',
  'Petrov',
  'Rossi',
  'Schmidt',
  'Tanaka',
  'Weber',
];
const TITLES = [
  'VP of Marketing',
  'Head of Demand Generation',
  'Marketing Manager',
  'Content Marketing Lead',
  'Chief Revenue Officer',
  'VP Sales',
  'Account Executive',
  'Director of Sales Operations',
  'RevOps Manager',
  'CTO',
  'Head of IT',
  'CEO',
  'CFO',
  'Data Engineer',
  'Procurement Specialist',
];
const FREE_MAIL = ['gmail.com', 'outlook.com', 'yahoo.com'];

function salesforceId(prefix: string, n: number): string {
  return toSalesforceId18(`${prefix}5g0000${String(n).padStart(6, '0')}`) ?? '';
}

function pick<T>(list: readonly T[], rand: () => number): T {
  return list[Math.floor(rand() * list.length)] as T;
}

function localPart(first: string, last: string): string {
  return `${first}.${last}`.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function sampleContacts(
  accounts: readonly Account[],
  newId: IdGenerator,
  stamp: IsoDateTime,
): Contact[] {
  const rand = prng(18);
  const people: Contact[] = [];
  const companies = accounts.filter((a) => a.domain !== '').slice(0, 110);
  let n = 0;
  for (const account of companies) {
    const count = 1 + Math.floor(rand() * 4);
    for (let k = 0; k < count; k++) {
      n++;
      const first = pick(FIRST_NAMES, rand);
      const last = pick(LAST_NAMES, rand);
      const way = rand();
      // Contacts sit on their account in Salesforce; leads carry only an e-mail and a company;
      // some are HubSpot contacts with a private address, matched only by company name.
      const lead = way >= 0.55 && way < 0.85;
      const freeMail = way >= 0.85;
      const email = freeMail
        ? `${localPart(first, last)}${n}@${pick(FREE_MAIL, rand)}`
        : `${localPart(first, last)}@${account.domain}`;
      people.push({
        id: newId(),
        kind: lead ? 'lead' : 'contact',
        salesforceId: freeMail ? '' : salesforceId(lead ? '00Q' : '003', n),
        hubspotId: freeMail || rand() < 0.3 ? String(510_000 + n) : '',
        firstName: first,
        lastName: last,
        email: rand() < 0.04 ? '' : email,
        title: pick(TITLES, rand),
        salesforceAccountId: !lead && !freeMail ? account.salesforceId : '',
        hubspotCompanyId: '',
        company: account.name,
        stage: lead
          ? pick(['Open - Not Contacted', 'Working - Contacted', 'Qualified'], rand)
          : freeMail
            ? 'Subscriber'
            : '',
        emailOptOut: rand() < 0.08,
        doNotCall: rand() < 0.05,
        persona: rand() < 0.03 ? 'Champion' : '',
        custom: {},
        createdAt: stamp,
        updatedAt: stamp,
      });
    }
  }
  // A few people at companies that are not in the workspace: listed as unmatched.
  for (const company of ['Globex Corporation', 'Initech', 'Umbrella Labs']) {
    n++;
    const first = pick(FIRST_NAMES, rand);
    const last = pick(LAST_NAMES, rand);
    const host = company.toLowerCase().replace(/[^a-z]+/g, '') + '.example';
    people.push({
      id: newId(),
      kind: 'lead',
      salesforceId: salesforceId('00Q', n),
      hubspotId: '',
      firstName: first,
      lastName: last,
      email: `${localPart(first, last)}@${host}`,
      title: pick(TITLES, rand),
      salesforceAccountId: '',
      hubspotCompanyId: '',
      company,
      stage: 'Open - Not Contacted',
      emailOptOut: false,
      doNotCall: false,
      persona: '',
      custom: {},
      createdAt: stamp,
      updatedAt: stamp,
    });
  }
  return people;
}

/** The sample's motions with a Campaign ID on the first e-mail nurture and a persona limit on the roundtable. */
export function withSampleCampaignMembers(motions: readonly Motion[]): Motion[] {
  let campaign = 0;
  return motions.map((m) => {
    if (m.channel === 'email' && m.team === 'Marketing' && campaign === 0) {
      campaign++;
      return { ...m, salesforceId: toSalesforceId18('7015g00000Cmp01') ?? '' };
    }
    if (m.kind === 'event')
      return {
        ...m,
        audience: { ...m.audience, personas: ['Executive', 'Marketing leader', 'Sales leader'] },
      };
    return m;
  });
}
