// Loading the owner directory from the CRM's own list of people: a Salesforce users report or
// a HubSpot users export. Bad cells are named by file, row and column, and nothing is loaded.
import { describe, expect, it } from 'vitest';
import { sequentialIds } from '../../../shared/domain/ids';
import type { Owner } from '../../../shared/domain/types';
import { importUsersFile, readUsersCsv } from '../../../shared/owners';
import { account } from '../export/exportFixtures';
import {
  hubspotOwnersList,
  hubspotUsersExport,
  REPS,
  salesforceUsersReport,
  userId18,
} from './crmFiles';

const NOW = '2027-01-04T09:00:00.000Z';
const options = () => ({ now: NOW, newId: sequentialIds('o') });
const none = { owners: [], accounts: [] };

describe('users CSV', () => {
  it('reads a Salesforce users report: full name, e-mail, 15-character user id made 18', () => {
    const result = importUsersFile(
      { name: 'users.csv', bytes: salesforceUsersReport() },
      none,
      options(),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.source).toBe('salesforce');
    expect(result.added).toBe(REPS.length);
    expect(result.owners[0]).toMatchObject({
      name: 'Jane Doe',
      email: 'jane.doe@seller.example',
      salesforceUserId: userId18('005Hs00000AbCdE'),
      hubspotOwnerId: '',
    });
  });

  it('reads a HubSpot users export: first and last name, e-mail without case; its user ID is not the owner ID', () => {
    const result = importUsersFile(
      { name: 'hs-users.csv', bytes: hubspotUsersExport() },
      none,
      options(),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.source).toBe('hubspot');
    expect(result.owners.map((o) => [o.name, o.email, o.hubspotOwnerId])).toContainEqual([
      'Priya Natarajan',
      'priya.natarajan@seller.example',
      '',
    ]);
  });

  it('takes HubSpot owner IDs from an Owner ID column', () => {
    const result = importUsersFile(
      { name: 'hs-owners.csv', bytes: hubspotOwnersList() },
      none,
      options(),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.source).toBe('hubspot');
    expect(result.owners.map((o) => [o.name, o.hubspotOwnerId])).toContainEqual([
      'Priya Natarajan',
      '41000003',
    ]);
  });

  it("loading both CRMs' users files gives one person per rep, with the Salesforce user ID", () => {
    const first = importUsersFile(
      { name: 'sf.csv', bytes: salesforceUsersReport() },
      none,
      options(),
    );
    if (!first.ok) throw new Error('first');
    const second = importUsersFile(
      { name: 'hs.csv', bytes: hubspotUsersExport() },
      { owners: first.owners, accounts: [] },
      options(),
    );
    if (!second.ok) throw new Error(JSON.stringify(second.errors));
    // The same e-mails, upper-cased: the people are found, nothing new and nothing to change.
    expect(second.added).toBe(0);
    expect(second.owners).toEqual([]);
    const third = importUsersFile(
      { name: 'owners.csv', bytes: hubspotOwnersList() },
      { owners: first.owners, accounts: [] },
      options(),
    );
    if (!third.ok) throw new Error(JSON.stringify(third.errors));
    expect(third.added).toBe(0);
    expect(third.updated).toBe(REPS.length);
    expect(third.owners.every((o) => o.salesforceUserId !== '' && o.hubspotOwnerId !== '')).toBe(
      true,
    );
  });

  it('fills the e-mail of every account whose owner is known only by name, in the same result', () => {
    const accounts = [
      account({ id: 'a1', name: 'A', owner: 'Jane Doe' }),
      account({ id: 'a2', name: 'B', owner: 'someone else' }),
      account({ id: 'a3', name: 'C', owner: userId18('005Hs00000BcDeF') }),
    ];
    const result = importUsersFile(
      { name: 'users.csv', bytes: salesforceUsersReport() },
      { owners: [], accounts },
      options(),
    );
    if (!result.ok) throw new Error('failed');
    expect(result.accounts.map((a) => [a.id, a.owner, a.ownerEmail])).toEqual([
      ['a1', 'Jane Doe', 'jane.doe@seller.example'],
      ['a3', 'Omar Haddad', 'omar.haddad@seller.example'],
    ]);
  });

  it('names the file, row and column of each bad cell and reads no one', () => {
    const text = [
      'Full Name,Email,User ID',
      'Jane Doe,jane.doe@seller.example,005Hs00000AbCdE',
      'Omar Haddad,omar at seller,005Hs00000BcDeF',
      'Li Wei,li.wei@seller.example,005000000000001AAB',
      'Priya Natarajan,priya@seller.example,U-17',
    ].join('\n');
    const result = readUsersCsv('users.csv', text);
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          file: 'users.csv',
          row: 3,
          column: 'Email',
          message: '"omar at seller" is not an e-mail address',
        },
        {
          file: 'users.csv',
          row: 4,
          column: 'User ID',
          message: '"005000000000001AAB" is not a Salesforce user ID: its checksum does not match',
        },
        {
          file: 'users.csv',
          row: 5,
          column: 'User ID',
          message: expect.stringContaining('"U-17" is not a Salesforce user ID'),
        },
      ],
    });
  });

  it('a file without a name or e-mail column says what it needs', () => {
    const result = readUsersCsv('export.csv', 'Account Name,Website\nAcme,acme.com\n');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatchObject({ file: 'export.csv', row: 1 });
    expect(!result.ok && result.errors[0]?.message).toContain('"Full Name"');
  });

  it('a person whose id belongs to someone else in the directory is refused with its row', () => {
    const stored: Owner[] = [
      {
        id: 'x',
        name: 'Old Rep',
        email: 'old@seller.example',
        salesforceUserId: userId18('005Hs00000AbCdE'),
        hubspotOwnerId: '',
        createdAt: NOW,
        updatedAt: NOW,
      },
    ];
    const text = 'Full Name,Email,User ID\nJane Doe,jane.doe@seller.example,005Hs00000AbCdE\n';
    const result = importUsersFile(
      { name: 'users.csv', bytes: text },
      { owners: stored, accounts: [] },
      options(),
    );
    // The id matches first, so the file corrects Old Rep's name and e-mail: a users file is the CRM's truth.
    expect(result.ok && result.owners).toEqual([
      expect.objectContaining({ id: 'x', name: 'Jane Doe', email: 'jane.doe@seller.example' }),
    ]);
    const other: Owner = {
      ...(stored[0] as Owner),
      id: 'y',
      name: 'Other Rep',
      email: 'other@seller.example',
      salesforceUserId: userId18('005Hs00000BcDeF'),
    };
    // Old Rep's e-mail with Other Rep's user id: the file says two people are one.
    const clash = importUsersFile(
      {
        name: 'users.csv',
        bytes:
          'Full Name,Email,User ID\nLi Wei,li.wei@seller.example,\nOld Rep,old@seller.example,005Hs00000BcDeF\n',
      },
      { owners: [...stored, other], accounts: [] },
      options(),
    );
    expect(clash.ok).toBe(false);
    expect(!clash.ok && clash.errors).toEqual([
      {
        file: 'users.csv',
        row: 3,
        message: expect.stringContaining('belongs to Other Rep already'),
      },
    ]);
  });
});
