// Files the workbench itself wrote come back in unchanged: a saved export profile's own
// headers map back to their fields, and what an export leaves out or writes in a narrower
// form (a bare domain, a target flag, an owner e-mail) never overwrites what the account holds.
import { describe, expect, it } from 'vitest';
import {
  exportProfileMappings,
  headerSignature,
  importAccounts,
  suggestMapping,
  type MergePolicy,
} from '../../../shared/accounts';
import { sequentialIds } from '../../../shared/domain/ids';
import type { Account, ExportProfile } from '../../../shared/domain/types';
import { account } from '../export/exportFixtures';

const STORED = account({
  id: 'a1',
  name: 'Acme',
  website: 'https://www.acme.com/about',
  domain: 'acme.com',
  owner: 'Jane Doe',
  ownerEmail: 'jane@seller.example',
  status: 'removed',
  removedReason: 'Competitor',
});

function reimport(csv: string, existing: Account[], policy: MergePolicy = 'overwrite') {
  const preview = importAccounts([{ name: 'back.csv', bytes: csv }], existing, {
    policy,
    defaultStatus: 'candidate',
    now: '2027-03-01T00:00:00.000Z',
    newId: sequentialIds('n'),
    profile: null,
    remembered: exportProfileMappings([PROFILE]),
  });
  if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
  return preview;
}

const PROFILE: ExportProfile = {
  id: 'p1',
  name: 'Partner list',
  columns: [
    { field: 'name', header: 'Company' },
    { field: 'domain', header: 'Web' },
    { field: 'tier', header: 'ABM tier' },
    { field: 'custom:Postal code', header: 'ZIP' },
    { field: 'icpScore', header: 'Fit' },
    { field: 'removedReason', header: 'Why removed' },
  ],
};

describe('a saved export profile maps its own file back', () => {
  it('renamed headers go to the fields they were written from; computed ones are left out', () => {
    const mapping = exportProfileMappings([PROFILE])[
      headerSignature(PROFILE.columns.map((c) => c.header))
    ];
    expect(mapping).toEqual({
      Company: 'name',
      Web: 'website',
      'ABM tier': 'tier',
      ZIP: 'custom:Postal code',
      Fit: '',
      'Why removed': 'removedReason',
    });
  });

  it('a new account from that file holds the tier, the custom field and the removed reason', () => {
    const r = reimport(
      'Company,Web,ABM tier,ZIP,Fit,Why removed\nGlobex,globex.com,2,01067,80,\n',
      [],
    );
    expect(r.newAccounts[0]).toMatchObject({
      name: 'Globex',
      domain: 'globex.com',
      tier: 2,
      icpScore: null,
      custom: { 'Postal code': '01067' },
    });
    expect(r.newAccounts[0]?.custom).not.toHaveProperty('Fit');
  });
});

describe('re-importing an export into the workspace it came from changes nothing', () => {
  it('a bare domain never replaces the full website of the same domain', () => {
    const r = reimport('Company,Website\nAcme,acme.com\n', [STORED]);
    expect(r.updates).toEqual([]);
  });

  it('a full address in the file still replaces the website under "overwrite"', () => {
    const r = reimport('Company,Website\nAcme,https://acme.com/new\n', [STORED]);
    expect(r.updates[0]?.changes).toEqual([
      { field: 'website', before: 'https://www.acme.com/about', after: 'https://acme.com/new' },
    ]);
  });

  it('a target flag that is off keeps a removed account removed, with its reason', () => {
    const r = reimport('Company name,Company domain name,Target Account\nAcme,acme.com,false\n', [
      STORED,
    ]);
    expect(r.updates).toEqual([]);
  });

  it('"Target Account: true" still makes the removed account a target', () => {
    const r = reimport('Company name,Company domain name,Target Account\nAcme,acme.com,true\n', [
      STORED,
    ]);
    expect(r.updates[0]?.changes).toEqual(
      expect.arrayContaining([
        { field: 'status', before: 'removed', after: 'target' },
        { field: 'removedReason', before: 'Competitor', after: '' },
      ]),
    );
  });

  it("an owner column holding only the owner's e-mail keeps the owner's real name", () => {
    const r = reimport(
      'Company name,Company domain name,Company owner\nAcme,acme.com,jane@seller.example\n',
      [STORED],
    );
    expect(r.updates).toEqual([]);
  });
});

describe('suggested mapping of files with two address columns', () => {
  it('the second website or domain column and the ICP score are left out, not kept as custom', () => {
    expect(suggestMapping(['Company Domain Name', 'Website URL', 'ICP score', 'Name'])).toEqual({
      'Company Domain Name': 'website',
      'Website URL': '',
      'ICP score': '',
      Name: 'name',
    });
  });
});
