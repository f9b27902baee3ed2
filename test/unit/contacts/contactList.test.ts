// The Contacts table pages through every person, with a search, and the matching behind it
// runs in steps that report progress and stop when cancelled.
import { describe, expect, it } from 'vitest';
import { Cancelled, contactPage, peopleIndexInSteps } from '../../../shared/contacts/contactList';
import { peopleIndex } from '../../../shared/contacts/motionPeople';
import { DEFAULT_PERSONA_RULES } from '../../../shared/contacts/personas';
import { makeAccount } from '../workspace/fixtures';
import { person } from './people';

const accounts = [makeAccount({ id: 'a1', name: 'Acme', domain: 'acme.example' })];
const contacts = Array.from({ length: 60_000 }, (_, i) =>
  person({
    id: `c${i}`,
    firstName: `First${i}`,
    lastName: i === 54_321 ? 'Quartermaine' : `Last${i}`,
    email: i % 2 ? `p${i}@acme.example` : `p${i}@gmail.com`,
    title: 'VP Marketing',
  }),
);

describe('the contacts table', () => {
  const steps: number[] = [];
  const index = peopleIndexInSteps(accounts, contacts, DEFAULT_PERSONA_RULES, (done) =>
    steps.push(done),
  );

  it('matches in steps, as the one-pass index does', () => {
    expect(steps).toEqual([25_000, 50_000, 60_000]);
    const once = peopleIndex(accounts, contacts, DEFAULT_PERSONA_RULES);
    expect(index.matches).toEqual(once.matches);
    expect(index.personas).toEqual(once.personas);
  });

  it('stops between steps when cancelled', () => {
    let asked = 0;
    expect(() =>
      peopleIndexInSteps(accounts, contacts, DEFAULT_PERSONA_RULES, undefined, () => asked++ > 0),
    ).toThrow(Cancelled);
  });

  it('shows every person a page at a time, past the first 500', () => {
    const last = contactPage(index, accounts, {
      filter: 'all',
      search: '',
      offset: 59_900,
      limit: 100,
    });
    expect(last.total).toBe(60_000);
    expect(last.rows.map((r) => r.contact.id)).toEqual(
      Array.from({ length: 100 }, (_, k) => `c${59_900 + k}`),
    );
    const matched = contactPage(index, accounts, {
      filter: 'matched',
      search: '',
      offset: 0,
      limit: 2,
    });
    expect(matched.total).toBe(30_000);
    expect(matched.rows[0]).toMatchObject({
      accountName: 'Acme',
      matchText: 'E-mail domain (acme.example)',
    });
  });

  it('finds people by any word of their name, e-mail, title or account, without case', () => {
    const found = contactPage(index, accounts, {
      filter: 'all',
      search: 'quarterMAINE acme',
      offset: 0,
      limit: 10,
    });
    expect(found.total).toBe(1);
    expect(found.rows[0]?.name).toBe('First54321 Quartermaine');
  });
});
