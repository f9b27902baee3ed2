// Property: whatever rows the CRMs send, as long as each row's owner name and e-mail belong to
// one person, no import (together, one after the other, under any policy, with a users file
// after) pairs a name with another person's e-mail, in the directory or on an account.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importAccounts, type ImportFile } from '../../../shared/accounts';
import type { MergePolicy } from '../../../shared/accounts/mergeAccounts';
import { nameFromEmail } from '../../../shared/accounts/parseFields';
import { importUsersFile } from '../../../shared/owners';
import { sequentialIds } from '../../../shared/domain/ids';
import type { Account, Owner } from '../../../shared/domain/types';

const NOW = '2027-01-04T09:00:00.000Z';
// Two of them have names their e-mail does not spell ("Maria Garcia", "Tom Obrien").
const PEOPLE = [
  { name: 'Jane Doe', email: 'jane.doe@example.com', user: '005A0000001AbCd' },
  { name: 'Raj Patel', email: 'raj.patel@example.com', user: '005A0000001AbCe' },
  { name: 'María García', email: 'maria.garcia@example.com', user: '005A0000001AbCf' },
  { name: "Tom O'Brien", email: 'tom.obrien@example.com', user: '005A0000001AbCg' },
] as const;
const COMPANIES = 6;

/** The person an e-mail is, and whether a name is theirs (their own, or spelt from the e-mail). */
const personOf = (email: string) => PEOPLE.find((p) => p.email === email.toLowerCase());
const nameIsTheirs = (name: string, email: string) => {
  const p = personOf(email);
  return p !== undefined && (name === p.name || name === nameFromEmail(p.email));
};

// What a row says about its owner: nothing, the name, the e-mail, or both (same person).
const ownerSaid = fc.record({
  person: fc.integer({ min: 0, max: PEOPLE.length - 1 }),
  says: fc.constantFrom('none', 'name', 'email', 'both'),
});
const rowArb = fc.record({ company: fc.integer({ min: 1, max: COMPANIES }), owner: ownerSaid });
const rowsArb = fc.array(rowArb, { minLength: 1, maxLength: 10 });

type Row = { company: number; owner: { person: number; says: string } };
const q = (s: string) => `"${s}"`;

function salesforceFile(rows: readonly Row[]): ImportFile {
  const lines = ['Account ID,Account Name,Website,Account Owner,Account Owner Email'];
  rows.forEach((r, i) => {
    const p = PEOPLE[r.owner.person] as (typeof PEOPLE)[number];
    const name = r.owner.says === 'name' || r.owner.says === 'both' ? p.name : '';
    const email = r.owner.says === 'email' || r.owner.says === 'both' ? p.email : '';
    const id = `001A0000000${String(100 + i).padStart(4, '0')}`;
    lines.push(
      [id, `Company ${r.company}`, `https://company${r.company}.com/`, q(name), email].join(','),
    );
  });
  return { name: 'sf.csv', bytes: lines.join('\r\n') };
}

function hubspotFile(rows: readonly Row[]): ImportFile {
  const lines = ['Record ID,Company name,Company Domain Name,Company owner'];
  rows.forEach((r, i) => {
    const p = PEOPLE[r.owner.person] as (typeof PEOPLE)[number];
    // HubSpot's "Company owner" holds one of them: the owner's name or e-mail.
    const owner = r.owner.says === 'none' ? '' : r.owner.says === 'name' ? p.name : p.email;
    lines.push(
      [String(9000 + i), `Company ${r.company}`, `company${r.company}.com`, q(owner)].join(','),
    );
  });
  return { name: 'hs.csv', bytes: lines.join('\n') };
}

const usersFile = () => ({
  name: 'users.csv',
  bytes: [
    'Full Name,Email,User ID',
    ...PEOPLE.map((p) => `${q(p.name)},${p.email},${p.user}`),
  ].join('\n'),
});

const byId = <T extends { id: string }>(before: readonly T[], put: readonly T[]): T[] => {
  const map = new Map(before.map((x) => [x.id, x]));
  for (const x of put) map.set(x.id, x);
  return [...map.values()];
};

function expectOnePersonEach(owners: readonly Owner[], accounts: readonly Account[]) {
  for (const o of owners) {
    if (o.name && o.email)
      expect(nameIsTheirs(o.name, o.email), `${o.name} = ${o.email}`).toBe(true);
    if (o.email && o.salesforceUserId) {
      const p = personOf(o.email);
      expect(o.salesforceUserId.slice(0, 15), `${o.email} = ${o.salesforceUserId}`).toBe(p?.user);
    }
  }
  for (const a of accounts) {
    if (a.owner && a.ownerEmail)
      expect(nameIsTheirs(a.owner, a.ownerEmail), `${a.name}: ${a.owner} = ${a.ownerEmail}`).toBe(
        true,
      );
  }
}

describe('owner pairing, for any rows', () => {
  it("never pairs a name with another person's e-mail, after any import", () => {
    fc.assert(
      fc.property(
        rowsArb,
        rowsArb,
        fc.constantFrom<MergePolicy>('fill-empty', 'overwrite', 'skip'),
        fc.constantFrom('together', 'salesforce first', 'hubspot first'),
        fc.boolean(),
        (sfRows, hsRows, policy, order, withUsers) => {
          const sf = salesforceFile(sfRows);
          const hs = hubspotFile(hsRows);
          const steps =
            order === 'together'
              ? [[sf, hs]]
              : order === 'salesforce first'
                ? [[sf], [hs]]
                : [[hs], [sf]];
          let accounts: Account[] = [];
          let owners: Owner[] = [];
          steps.forEach((files, step) => {
            const preview = importAccounts(files, accounts, {
              policy,
              defaultStatus: 'candidate',
              now: NOW,
              newId: sequentialIds(`s${step}-`),
              profile: null,
              owners,
            });
            if (!preview.ok) throw new Error(preview.errors.map((e) => e.message).join('; '));
            accounts = byId(accounts, preview.put);
            const removed = new Set(preview.owners.removed);
            owners = byId(
              owners.filter((o) => !removed.has(o.id)),
              preview.owners.put,
            );
            expectOnePersonEach(owners, accounts);
          });
          if (withUsers) {
            const users = importUsersFile(
              usersFile(),
              { owners, accounts },
              {
                now: NOW,
                newId: sequentialIds('u'),
              },
            );
            if (!users.ok) throw new Error(users.errors.map((e) => e.message).join('; '));
            const left = byId(owners, users.owners).filter(
              (o) => !users.removedOwners.includes(o.id),
            );
            expectOnePersonEach(left, byId(accounts, users.accounts));
            // After the CRM's own users file, each of its people is one owner: no name twice.
            const names = left.map((o) => o.name);
            expect(new Set(names).size, names.join(', ')).toBe(names.length);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
