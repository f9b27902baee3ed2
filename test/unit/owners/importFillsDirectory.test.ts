// The owner directory fills itself from account imports: report owner names, Data Loader
// OwnerIds, HubSpot owner e-mails and owner ids; accounts get the e-mail once a name resolves.
import { describe, expect, it } from 'vitest';
import { importAccounts, type ImportFile } from '../../../shared/accounts';
import { sequentialIds } from '../../../shared/domain/ids';
import type { Account, Owner } from '../../../shared/domain/types';
import { hubspotExport, REPS, salesforceReport, userId18 } from './crmFiles';

const NOW = '2027-01-04T09:00:00.000Z';

function run(files: ImportFile[], existing: Account[] = [], owners: Owner[] = []) {
  const preview = importAccounts(files, existing, {
    policy: 'fill-empty',
    defaultStatus: 'candidate',
    now: NOW,
    newId: sequentialIds('n'),
    profile: null,
    owners,
  });
  if (!preview.ok) throw new Error(preview.errors.map((e) => e.message).join('; '));
  return preview;
}

describe('the account import fills the owner directory', () => {
  it('a Salesforce report adds one owner per full name, without e-mails yet', () => {
    const preview = run([{ name: 'accounts.csv', bytes: salesforceReport(60) }]);
    expect(preview.owners.put.map((o) => [o.name, o.email]).sort()).toEqual(
      REPS.map((r) => [r.name, '']).sort(),
    );
    expect(preview.put.find((a) => a.owner === 'Jane Doe')?.importedFromSalesforce).toMatchObject({
      owner: 'Jane Doe',
      ownerEmail: '',
    });
  });

  it('a HubSpot export with owner e-mails completes them, and the Salesforce accounts get the e-mail', () => {
    const first = run([{ name: 'accounts.csv', bytes: salesforceReport(60) }]);
    const second = run(
      [{ name: 'companies.csv', bytes: hubspotExport(20) }],
      first.put,
      first.owners.put,
    );
    const jane = second.owners.put.find((o) => o.name === 'Jane Doe');
    expect(jane).toMatchObject({ email: 'jane.doe@seller.example', hubspotOwnerId: '41000000' });
    expect(second.owners.added).toBe(0);
    // The HubSpot file names every rep by e-mail somewhere: every owned Salesforce account.
    const owned = first.put.filter((a) => a.owner !== '').length;
    expect(second.owners.accountsFilled).toBe(owned);
    const filled = second.updates.filter((u) => u.before.owner === 'Jane Doe');
    expect(filled.every((u) => u.after.ownerEmail === 'jane.doe@seller.example')).toBe(true);
    expect(filled[0]?.changes).toEqual([
      { field: 'ownerEmail', before: '', after: 'jane.doe@seller.example' },
    ]);
  });

  it('a Data Loader OwnerId resolves through the directory to the rep, name and e-mail', () => {
    const omar: Owner = {
      id: 'o-omar',
      name: 'Omar Haddad',
      email: 'omar.haddad@seller.example',
      salesforceUserId: userId18('005Hs00000BcDeF'),
      hubspotOwnerId: '',
      createdAt: NOW,
      updatedAt: NOW,
    };
    const file = [
      'Id,Name,Website,OwnerId',
      '0015g00000AbCdE,Acme,acme.example,005Hs00000BcDeF',
      '0015g00000BcDeF,Globex,globex.example,005Hs00000ZzZzZ',
    ].join('\n');
    const preview = run([{ name: 'extract.csv', bytes: file }], [], [omar]);
    expect(preview.files[0]?.source).toBe('salesforce');
    expect(preview.put.map((a) => [a.name, a.owner, a.ownerEmail])).toEqual([
      ['Acme', 'Omar Haddad', 'omar.haddad@seller.example'],
      ['Globex', userId18('005Hs00000ZzZzZ'), ''],
    ]);
    // The unknown user id is a person the directory now holds, waiting for a users file.
    expect(preview.owners.put).toEqual([
      expect.objectContaining({ name: '', salesforceUserId: userId18('005Hs00000ZzZzZ') }),
    ]);
  });

  it('importing the same file again writes nothing', () => {
    const bytes = salesforceReport(30);
    const first = run([{ name: 'a.csv', bytes }]);
    const again = run([{ name: 'a.csv', bytes }], first.put, first.owners.put);
    expect(again.put).toEqual([]);
    expect(again.owners.put).toEqual([]);
  });

  it('records what Salesforce holds even on accounts the import leaves unchanged', () => {
    const first = run([{ name: 'a.csv', bytes: salesforceReport(10) }]);
    const unknown = first.put.map((a) => ({ ...a, importedFromSalesforce: null }));
    const again = run([{ name: 'a.csv', bytes: salesforceReport(10) }], unknown, first.owners.put);
    expect(again.counts.updated).toBe(0);
    expect(again.unchanged).toBe(10);
    expect(again.put.map((a) => a.importedFromSalesforce)).toEqual(
      first.put.map((a) => a.importedFromSalesforce),
    );
  });
});
