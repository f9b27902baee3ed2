// An owner name and an owner e-mail are one person only when one row gave them together: a
// Salesforce report naming "Raj Patel" and a HubSpot export saying jane.doe@ for the same
// company never make "Raj Patel = jane.doe@", in the directory or on the account.
import { describe, expect, it } from 'vitest';
import { importAccounts, type ImportFile } from '../../../shared/accounts';
import { mergedOwner } from '../../../shared/accounts/accountOwner';
import { importUsersFile } from '../../../shared/owners';
import { sequentialIds } from '../../../shared/domain/ids';
import type { Account, Owner } from '../../../shared/domain/types';
import type { MergePolicy } from '../../../shared/accounts/mergeAccounts';

const NOW = '2027-01-04T09:00:00.000Z';

const SF_REPORT = [
  'Account ID,Account Name,Website,Account Owner',
  '001A00000000001IAA,Company 1 Inc,https://www.company1.com/,Raj Patel',
  '001A00000000002IAA,Company 2 Inc,https://www.company2.com/,María García',
  '001A00000000004IAA,Company 4 Inc,https://www.company4.com/,Jane Doe',
].join('\r\n');
const HUBSPOT = [
  'Record ID,Company name,Company Domain Name,Company owner',
  '9001,Company 1,company1.com,jane.doe@example.com',
  '9002,Company 2,company2.com,jane.doe@example.com',
  '9004,Company 4,company4.com,jane.doe@example.com',
  '9200,HS Only,hsonly.io,raj.patel@example.com',
].join('\n');
const SF_USERS = [
  'Full Name,Email,User ID',
  'Jane Doe,jane.doe@example.com,005A0000001AbCd',
  'Raj Patel,raj.patel@example.com,005A0000001AbCe',
  'María García,maria.garcia@example.com,005A0000001AbCf',
].join('\n');

const sf: ImportFile = { name: 'sf-report.csv', bytes: SF_REPORT };
const hs: ImportFile = { name: 'hubspot-companies.csv', bytes: HUBSPOT };

function run(
  files: ImportFile[],
  existing: Account[] = [],
  owners: Owner[] = [],
  policy: MergePolicy = 'fill-empty',
) {
  const preview = importAccounts(files, existing, {
    policy,
    defaultStatus: 'candidate',
    now: NOW,
    newId: sequentialIds(`n${existing.length}-`),
    profile: null,
    owners,
  });
  if (!preview.ok) throw new Error(preview.errors.map((e) => e.message).join('; '));
  return preview;
}

const byId = <T extends { id: string }>(before: readonly T[], put: readonly T[]): T[] => {
  const map = new Map(before.map((x) => [x.id, x]));
  for (const x of put) map.set(x.id, x);
  return [...map.values()];
};
const pairs = (owners: readonly Owner[]) => owners.map((o) => [o.name, o.email]).sort();
const ownerOf = (accounts: readonly Account[], domain: string) => {
  const a = accounts.find((x) => x.domain === domain);
  return a && [a.owner, a.ownerEmail];
};

describe('owner names stay with their own e-mails', () => {
  it('a Salesforce report and an overlapping HubSpot export imported together', () => {
    const preview = run([sf, hs]);
    expect(pairs(preview.owners.put)).toEqual([
      ['Jane Doe', 'jane.doe@example.com'],
      ['María García', ''],
      ['Raj Patel', 'raj.patel@example.com'],
    ]);
    // The first file names the owner; the directory completes the e-mail of that person.
    expect(ownerOf(preview.put, 'company1.com')).toEqual(['Raj Patel', 'raj.patel@example.com']);
    expect(ownerOf(preview.put, 'company2.com')).toEqual(['María García', '']);
    expect(ownerOf(preview.put, 'company4.com')).toEqual(['Jane Doe', 'jane.doe@example.com']);
    // Each CRM's recorded values are what that CRM's row said, not the merged account.
    const company1 = preview.put.find((a) => a.domain === 'company1.com');
    expect(company1?.importedFromSalesforce).toMatchObject({ owner: 'Raj Patel', ownerEmail: '' });
    expect(company1?.importedFromHubspot).toMatchObject({ ownerEmail: 'jane.doe@example.com' });
  });

  it('one after the other, "fill empty fields" keeps the stored owner whole', () => {
    const first = run([sf]);
    const second = run([hs], first.put, first.owners.put);
    const accounts = byId(first.put, second.put);
    expect(ownerOf(accounts, 'company1.com')).toEqual(['Raj Patel', 'raj.patel@example.com']);
    expect(ownerOf(accounts, 'company2.com')).toEqual(['María García', '']);
    expect(ownerOf(accounts, 'company4.com')).toEqual(['Jane Doe', 'jane.doe@example.com']);
    expect(pairs(byId(first.owners.put, second.owners.put))).toEqual([
      ['Jane Doe', 'jane.doe@example.com'],
      ['María García', ''],
      ['Raj Patel', 'raj.patel@example.com'],
    ]);
  });

  it('"overwrite" replaces the owner whole, name and e-mail together', () => {
    const first = run([sf]);
    const second = run([hs], first.put, first.owners.put, 'overwrite');
    const accounts = byId(first.put, second.put);
    expect(ownerOf(accounts, 'company1.com')).toEqual(['Jane Doe', 'jane.doe@example.com']);
    expect(ownerOf(accounts, 'company4.com')).toEqual(['Jane Doe', 'jane.doe@example.com']);
  });

  it('a users file afterwards adds ids and e-mails to the right people, with no duplicate', () => {
    const first = run([sf, hs]);
    const users = importUsersFile(
      { name: 'sf-users.csv', bytes: SF_USERS },
      {
        owners: first.owners.put,
        accounts: first.put,
      },
      { now: NOW, newId: sequentialIds('u') },
    );
    if (!users.ok) throw new Error(users.errors.map((e) => e.message).join('; '));
    const owners = byId(first.owners.put, users.owners);
    expect(owners.map((o) => [o.name, o.email, o.salesforceUserId]).sort()).toEqual([
      ['Jane Doe', 'jane.doe@example.com', '005A0000001AbCdIAK'],
      ['María García', 'maria.garcia@example.com', '005A0000001AbCfIAK'],
      ['Raj Patel', 'raj.patel@example.com', '005A0000001AbCeIAK'],
    ]);
    const accounts = byId(first.put, users.accounts);
    expect(ownerOf(accounts, 'company2.com')).toEqual(['María García', 'maria.garcia@example.com']);
  });
});

describe('a users file folds a bare-name owner into the person it names', () => {
  it('"Jane Doe" from a report and jdoe@ from HubSpot become one owner, not two "Jane Doe"', () => {
    const report = [
      'Account ID,Account Name,Website,Account Owner',
      '001A00000000004IAA,Company 4 Inc,company4.com,Jane Doe',
    ].join('\n');
    const hubspot = [
      'Record ID,Company name,Company Domain Name,Company owner',
      '9005,Company 5,company5.com,jdoe@example.com',
    ].join('\n');
    const first = run([
      { name: 'r.csv', bytes: report },
      { name: 'h.csv', bytes: hubspot },
    ]);
    expect(pairs(first.owners.put)).toEqual([
      ['Jane Doe', ''],
      ['Jdoe', 'jdoe@example.com'],
    ]);
    const bare = first.owners.put.find((o) => o.email === '');
    const users = importUsersFile(
      { name: 'users.csv', bytes: 'Full Name,Email\nJane Doe,jdoe@example.com' },
      { owners: first.owners.put, accounts: first.put },
      { now: NOW, newId: sequentialIds('u') },
    );
    if (!users.ok) throw new Error(users.errors.map((e) => e.message).join('; '));
    expect(users.removedOwners).toEqual([bare?.id]);
    const owners = byId(first.owners.put, users.owners).filter(
      (o) => !users.removedOwners.includes(o.id),
    );
    expect(pairs(owners)).toEqual([['Jane Doe', 'jdoe@example.com']]);
    const accounts = byId(first.put, users.accounts);
    expect(ownerOf(accounts, 'company4.com')).toEqual(['Jane Doe', 'jdoe@example.com']);
    expect(ownerOf(accounts, 'company5.com')).toEqual(['Jane Doe', 'jdoe@example.com']);
  });
});

describe('an account import folds a bare name into the owner who gets that name', () => {
  it('raj.patel@ known without a name, then HubSpot names him: the bare "Raj Patel" leaves', () => {
    const report = [
      'Account ID,Account Name,Website,Account Owner,Account Owner Email',
      '001A00000000001IAA,Company 1 Inc,company1.com,,raj.patel@example.com',
      '001A00000000002IAA,Company 2 Inc,company2.com,Raj Patel,',
    ].join('\n');
    const first = run([{ name: 'r.csv', bytes: report }]);
    expect(pairs(first.owners.put)).toEqual([
      ['', 'raj.patel@example.com'],
      ['Raj Patel', ''],
    ]);
    const bare = first.owners.put.find((o) => o.email === '');
    const second = run([hs], first.put, first.owners.put);
    expect(second.owners.removed).toEqual([bare?.id]);
    const owners = byId(
      first.owners.put.filter((o) => o.id !== bare?.id),
      second.owners.put,
    );
    expect(pairs(owners)).toEqual([
      ['Jane Doe', 'jane.doe@example.com'],
      ['Raj Patel', 'raj.patel@example.com'],
    ]);
    const accounts = byId(first.put, second.put);
    expect(ownerOf(accounts, 'company2.com')).toEqual(['Raj Patel', 'raj.patel@example.com']);
  });
});

describe('mergedOwner: the policy decides the owner as a whole', () => {
  const raj = { owner: 'Raj Patel', ownerEmail: '' };
  const jane = { owner: 'Jane Doe', ownerEmail: 'jane.doe@example.com' };
  it('another person: kept by fill-empty and skip, replaced whole by overwrite', () => {
    expect(mergedOwner(raj, jane, 'fill-empty')).toEqual(raj);
    expect(mergedOwner(raj, jane, 'skip')).toEqual(raj);
    expect(mergedOwner(raj, jane, 'overwrite')).toEqual(jane);
    const rajByMail = { owner: 'Raj Patel', ownerEmail: 'raj.patel@example.com' };
    expect(mergedOwner(rajByMail, { owner: 'Jane Doe' }, 'overwrite')).toEqual({
      owner: 'Jane Doe',
      ownerEmail: '',
    });
  });
  it('the same person is completed, never renamed to a name guessed from the e-mail', () => {
    const janeNoMail = { owner: 'Jane Doe', ownerEmail: '' };
    expect(mergedOwner(janeNoMail, jane, 'fill-empty')).toEqual(jane);
    const real = { owner: 'Jane van Doe', ownerEmail: 'jane.doe@example.com' };
    expect(mergedOwner(real, jane, 'overwrite')).toEqual(real);
    expect(mergedOwner({ owner: '', ownerEmail: '' }, jane, 'fill-empty')).toEqual(jane);
  });
});
