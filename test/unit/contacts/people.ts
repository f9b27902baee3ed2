/** Test helpers: a contact with defaults, and reading the contact fixtures. */
import { readFileSync } from 'node:fs';
import type { Contact } from '../../../shared/domain/types';

const STAMP = '2027-01-04T09:00:00.000Z';

export function person(overrides: Partial<Contact> & Pick<Contact, 'id'>): Contact {
  return {
    kind: 'contact',
    salesforceId: '',
    hubspotId: '',
    firstName: '',
    lastName: '',
    email: '',
    title: '',
    salesforceAccountId: '',
    hubspotCompanyId: '',
    company: '',
    stage: '',
    emailOptOut: false,
    doNotCall: false,
    persona: '',
    custom: {},
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  };
}

export function contactFixture(name: string): { name: string; bytes: Uint8Array } {
  const url = new URL(`../../fixtures/contacts/${name}`, import.meta.url);
  return { name, bytes: new Uint8Array(readFileSync(url)) };
}

export function accountFixture(name: string): { name: string; bytes: Uint8Array } {
  const url = new URL(`../../fixtures/accounts/${name}`, import.meta.url);
  return { name, bytes: new Uint8Array(readFileSync(url)) };
}
