// The Owners table and the account grid edit through the directory: values are checked,
// keys stay unique, a typed owner name brings the e-mail, and a renamed rep's accounts follow.
import { describe, expect, it } from 'vitest';
import { editAccountField, fillDown, ownerCapacity } from '../../../shared/accounts';
import type { Owner } from '../../../shared/domain/types';
import {
  accountsFollowingOwner,
  checkOwner,
  editOwnerField,
  ownerDirectory,
} from '../../../shared/owners';
import { account } from '../export/exportFixtures';
import { userId18 } from './crmFiles';

const NOW = '2027-01-04T09:00:00.000Z';
const jane: Owner = {
  id: 'o-jane',
  name: 'Jane Doe',
  email: 'jane.doe@seller.example',
  salesforceUserId: userId18('005Hs00000AbCdE'),
  hubspotOwnerId: '41000000',
  createdAt: NOW,
  updatedAt: NOW,
};
const omar: Owner = {
  ...jane,
  id: 'o-omar',
  name: 'Omar Haddad',
  email: 'omar@seller.example',
  salesforceUserId: '',
  hubspotOwnerId: '',
};
const dir = ownerDirectory([jane, omar]);

describe('editing the directory', () => {
  it('checks e-mails and ids and lower-cases the e-mail', () => {
    const draft = {
      name: ' Li  Wei ',
      email: 'Li.Wei@Seller.example',
      salesforceUserId: '005Hs00000CdEfG',
      hubspotOwnerId: '',
    };
    expect(checkOwner(draft, [jane])).toEqual({
      ok: true,
      value: {
        name: 'Li Wei',
        email: 'li.wei@seller.example',
        salesforceUserId: userId18('005Hs00000CdEfG'),
        hubspotOwnerId: '',
      },
    });
    expect(checkOwner({ ...draft, email: 'li at seller' }, [])).toMatchObject({
      ok: false,
      field: 'email',
    });
    expect(checkOwner({ ...draft, salesforceUserId: '0015g00000AbCdE' }, [])).toMatchObject({
      ok: false,
      field: 'salesforceUserId',
    });
    expect(checkOwner({ ...draft, hubspotOwnerId: '41-0' }, [])).toMatchObject({
      ok: false,
      field: 'hubspotOwnerId',
    });
    expect(checkOwner({ ...draft, name: '', email: '' }, [])).toMatchObject({
      ok: false,
      field: 'name',
    });
  });

  it('refuses a key another owner holds, naming them', () => {
    const result = editOwnerField(omar, 'hubspotOwnerId', '41000000', [jane, omar], NOW);
    expect(result).toEqual({
      ok: false,
      reason: 'Jane Doe already has the HubSpot owner ID 41000000',
    });
    expect(editOwnerField(jane, 'email', 'JANE.DOE@seller.example', [jane, omar], NOW).ok).toBe(
      true,
    );
  });

  it("a renamed rep's accounts follow, others do not", () => {
    const accounts = [
      account({ id: 'a', name: 'A', owner: 'Jane Doe' }),
      account({ id: 'b', name: 'B', owner: 'x', ownerEmail: 'jane.doe@seller.example' }),
      account({ id: 'c', name: 'C', owner: 'Omar Haddad' }),
    ];
    const renamed = { ...jane, name: 'Jane Doe-Smith', email: 'jane.smith@seller.example' };
    expect(
      accountsFollowingOwner(accounts, dir, renamed, NOW).map((a) => [a.id, a.owner, a.ownerEmail]),
    ).toEqual([
      ['a', 'Jane Doe-Smith', 'jane.smith@seller.example'],
      ['b', 'Jane Doe-Smith', 'jane.smith@seller.example'],
    ]);
  });
});

describe('the account grid picks owners from the directory', () => {
  const a = account({ id: 'a', name: 'A', owner: 'Someone', ownerEmail: 'someone@x.example' });

  it('a name, e-mail or id typed in the owner cell becomes the person with their e-mail', () => {
    for (const typed of ['jane doe', 'Jane.Doe@seller.example', '005Hs00000AbCdE', '41000000']) {
      const r = editAccountField(a, 'owner', typed, dir);
      expect(r.ok && [r.value.owner, r.value.ownerEmail], typed).toEqual([
        'Jane Doe',
        'jane.doe@seller.example',
      ]);
    }
  });

  it('free text stays possible: a new name drops the old person’s e-mail, an e-mail is kept as typed', () => {
    const free = editAccountField(a, 'owner', 'New Rep', dir);
    expect(free.ok && [free.value.owner, free.value.ownerEmail]).toEqual(['New Rep', '']);
    const email = editAccountField(a, 'owner', 'new.rep@seller.example', dir);
    expect(email.ok && [email.value.owner, email.value.ownerEmail]).toEqual([
      'New Rep',
      'new.rep@seller.example',
    ]);
    const cleared = editAccountField(a, 'owner', '', dir);
    expect(cleared.ok && [cleared.value.owner, cleared.value.ownerEmail]).toEqual(['', '']);
  });

  it('fill down copies the owner with the e-mail', () => {
    const rows = [
      account({ id: 'x', name: 'X', owner: 'Free Text', ownerEmail: 'free@x.example' }),
      account({ id: 'y', name: 'Y', owner: 'Jane Doe', ownerEmail: 'jane.doe@seller.example' }),
    ];
    const r = fillDown(rows, { field: 'owner', header: 'Owner' }, NOW, dir);
    expect(r.ok && r.changed.map((c) => [c.owner, c.ownerEmail])).toEqual([
      ['Free Text', 'free@x.example'],
    ]);
  });

  it('capacity counts one person whether accounts hold them by name, e-mail or user id', () => {
    const accounts = [
      account({ id: '1', name: '1', owner: 'Jane Doe', tier: 1 }),
      account({
        id: '2',
        name: '2',
        owner: 'jane',
        ownerEmail: 'jane.doe@seller.example',
        tier: 1,
      }),
      account({ id: '3', name: '3', owner: userId18('005Hs00000AbCdE'), tier: 2 }),
    ];
    expect(
      ownerCapacity(accounts, 1, dir).map((l) => [
        l.owner,
        l.ownerEmail,
        l.tier1,
        l.tier2,
        l.overCapacity,
      ]),
    ).toEqual([['Jane Doe', 'jane.doe@seller.example', 2, 1, true]]);
    expect(ownerCapacity(accounts, 1)).toHaveLength(3);
  });
});
