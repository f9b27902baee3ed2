// The directory finds a person by whatever an account or a file holds of them: any of their
// keys resolves to them, and sightings of one person, however the e-mail is cased, are one owner.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toSalesforceId18 } from '../../../shared/accounts/salesforceId';
import type { Owner } from '../../../shared/domain/types';
import { sequentialIds } from '../../../shared/domain/ids';
import {
  mergeSightings,
  ownerDirectory,
  ownerOfAccount,
  resolveOwner,
  sameOwner,
  directoryOwnerFiller,
  withDirectoryOwner,
  type OwnerSighting,
} from '../../../shared/owners';

const NOW = '2027-01-04T09:00:00.000Z';

/** People with distinct keys (the directory guarantees that), each key possibly missing. */
const peopleArb = fc
  .uniqueArray(
    fc.record({
      first: fc.stringMatching(/^[A-Z][a-zé]{1,7}$/),
      last: fc.stringMatching(/^[A-Z][a-z]{1,9}$/),
      hasEmail: fc.boolean(),
      hasUserId: fc.boolean(),
      hasOwnerId: fc.boolean(),
    }),
    { minLength: 1, maxLength: 15, selector: (p) => `${p.first} ${p.last}`.toLowerCase() },
  )
  .map((people) =>
    people.map((p, i): Owner => {
      const user15 = `005${String(i).padStart(4, '0')}0000aBcD`.slice(0, 15);
      return {
        id: `o${i}`,
        name: `${p.first} ${p.last}`,
        email:
          p.hasEmail || (!p.hasUserId && !p.hasOwnerId)
            ? `${p.first}.${p.last}${i}@seller.example`.toLowerCase()
            : '',
        salesforceUserId: p.hasUserId ? (toSalesforceId18(user15) ?? '') : '',
        hubspotOwnerId: p.hasOwnerId ? String(41_000_000 + i) : '',
        createdAt: NOW,
        updatedAt: NOW,
      };
    }),
  );

function randomCase(text: string, flips: boolean[]): string {
  return [...text].map((c, i) => (flips[i % flips.length] ? c.toUpperCase() : c)).join('');
}

describe('owner directory resolution', () => {
  it('any owner resolves by any of its keys: e-mail in any case, 15- or 18-character user id, owner id, name in any case', () => {
    fc.assert(
      fc.property(
        peopleArb,
        fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
        (owners, flips) => {
          const dir = ownerDirectory(owners);
          for (const o of owners) {
            const keys = [
              o.email && randomCase(o.email, flips),
              o.salesforceUserId,
              o.salesforceUserId.slice(0, 15),
              o.hubspotOwnerId,
              randomCase(o.name, flips),
              `  ${o.name.replace(' ', '   ')} `,
            ].filter((k) => k !== '');
            for (const key of keys) expect(resolveOwner(dir, key)?.id, key).toBe(o.id);
            expect(ownerOfAccount(dir, { owner: o.name, ownerEmail: '' })?.id).toBe(o.id);
          }
        },
      ),
    );
  });

  it('an account known by name gets the e-mail, and one known by user id gets the name', () => {
    fc.assert(
      fc.property(peopleArb, (owners) => {
        const dir = ownerDirectory(owners);
        for (const o of owners) {
          const byName = withDirectoryOwner(dir, { owner: o.name, ownerEmail: '' });
          expect(byName).toEqual({ owner: o.name, ownerEmail: o.email });
          if (o.salesforceUserId) {
            const byId = withDirectoryOwner(dir, { owner: o.salesforceUserId, ownerEmail: '' });
            expect(byId).toEqual({ owner: o.name, ownerEmail: o.email });
            expect(sameOwner(dir, byId, { owner: o.salesforceUserId, ownerEmail: '' })).toBe(true);
          }
        }
      }),
    );
  });

  it('the filler for many accounts completes each one exactly as withDirectoryOwner does, repeats included', () => {
    fc.assert(
      fc.property(
        peopleArb,
        fc.array(fc.record({ who: fc.nat(30), form: fc.nat(4), id: fc.nat(5) }), {
          maxLength: 40,
        }),
        (owners, picks) => {
          const dir = ownerDirectory(owners);
          const fill = directoryOwnerFiller(dir);
          for (const p of picks) {
            const o = owners[p.who % owners.length] as Owner;
            const forms = [
              { owner: o.name, ownerEmail: '' },
              { owner: o.salesforceUserId, ownerEmail: '' },
              { owner: '', ownerEmail: o.email.toUpperCase() },
              { owner: 'Someone Else', ownerEmail: '' },
              { owner: o.name, ownerEmail: 'other@elsewhere.example' },
            ];
            const account = { id: `a${p.id}`, ...(forms[p.form] as (typeof forms)[number]) };
            const expected = withDirectoryOwner(dir, account);
            const got = fill(account);
            expect(got).toEqual(expected);
            // Unchanged accounts come back as themselves, so the import writes nothing for them.
            expect(got === account).toBe(expected === account);
          }
        },
      ),
    );
  });

  it('a name two people share resolves to neither, and an unknown e-mail is not matched by name', () => {
    const twins: Owner[] = ['a', 'b'].map((x) => ({
      id: x,
      name: 'Alex Kim',
      email: `alex.${x}@seller.example`,
      salesforceUserId: '',
      hubspotOwnerId: '',
      createdAt: NOW,
      updatedAt: NOW,
    }));
    const dir = ownerDirectory(twins);
    expect(resolveOwner(dir, 'alex kim')).toBeNull();
    expect(resolveOwner(dir, 'ALEX.B@seller.example')?.id).toBe('b');
    const single = ownerDirectory([twins[0] as Owner]);
    expect(
      ownerOfAccount(single, { owner: 'Alex Kim', ownerEmail: 'other@seller.example' }),
    ).toBeNull();
  });
});

describe('building the directory from sightings', () => {
  const casings = [
    (e: string) => e,
    (e: string) => e.toUpperCase(),
    (e: string) => e.replace(/^./, (c) => c.toUpperCase()),
  ];
  const scenario = fc
    .uniqueArray(fc.stringMatching(/^[a-z]{2,8}$/), { minLength: 1, maxLength: 8 })
    .chain((locals) =>
      fc.record({
        locals: fc.constant(locals),
        seen: fc.array(
          fc.record({
            who: fc.nat(locals.length - 1),
            casing: fc.nat(casings.length - 1),
            withName: fc.boolean(),
          }),
          { maxLength: 30 },
        ),
      }),
    );

  it('dedupes people by e-mail without case: one owner per distinct address', () => {
    fc.assert(
      fc.property(scenario, ({ locals, seen }) => {
        const address = (l: string) => `${l}@seller.example`;
        const sightings: OwnerSighting[] = [
          ...seen.map((s) => {
            const l = locals[s.who] as string;
            return {
              name: s.withName ? `Rep ${l}` : '',
              email: (casings[s.casing] as (e: string) => string)(address(l)),
              salesforceUserId: '',
              hubspotOwnerId: '',
            };
          }),
          // Each address at least once.
          ...locals.map((l) => ({
            name: '',
            email: address(l),
            salesforceUserId: '',
            hubspotOwnerId: '',
          })),
        ];
        const merged = mergeSightings([], sightings, {
          now: NOW,
          newId: sequentialIds('o'),
          correct: false,
        });
        expect(merged.owners).toHaveLength(locals.length);
        expect(new Set(merged.owners.map((o) => o.email))).toEqual(new Set(locals.map(address)));
      }),
    );
  });

  it('joins a bare name to the person an e-mail sighting names, then an id by e-mail', () => {
    const merged = mergeSightings(
      [],
      [
        { name: 'Jane Doe', email: '', salesforceUserId: '', hubspotOwnerId: '' },
        {
          name: 'Jane Doe',
          email: 'Jane.Doe@Seller.example',
          salesforceUserId: '',
          hubspotOwnerId: '',
        },
        { name: '', email: 'jane.doe@seller.example', salesforceUserId: '', hubspotOwnerId: '77' },
        {
          name: 'Jane',
          email: 'jane.doe@seller.example',
          salesforceUserId: '',
          hubspotOwnerId: '',
          nameGuessed: true,
        },
      ],
      { now: NOW, newId: sequentialIds('o'), correct: false },
    );
    expect(merged.owners).toEqual([
      expect.objectContaining({
        name: 'Jane Doe',
        email: 'jane.doe@seller.example',
        hubspotOwnerId: '77',
      }),
    ]);
    expect(merged.added).toBe(1);
  });

  it('never moves a key that belongs to someone else: reports it', () => {
    const stored: Owner[] = [
      {
        id: 'a',
        name: 'Ann',
        email: 'ann@x.example',
        salesforceUserId: '',
        hubspotOwnerId: '1',
        createdAt: NOW,
        updatedAt: NOW,
      },
      {
        id: 'b',
        name: 'Bob',
        email: 'bob@x.example',
        salesforceUserId: '',
        hubspotOwnerId: '',
        createdAt: NOW,
        updatedAt: NOW,
      },
    ];
    const merged = mergeSightings(
      stored,
      [{ name: 'Bob', email: 'bob@x.example', salesforceUserId: '', hubspotOwnerId: '1' }],
      { now: NOW, newId: sequentialIds('o'), correct: true },
    );
    expect(merged.put).toEqual([]);
    expect(merged.clashes).toEqual([
      { index: 0, message: expect.stringContaining('belongs to Ann') },
    ]);
  });
});
