/**
 * One person from several rows and files: the keys that find a stored or earlier person
 * (Salesforce id, HubSpot id, case-folded e-mail), and how a row's values go into the person
 * it matched. A row's values replace the stored ones (the CRM is where people are kept up
 * to date) but an empty cell never blanks a field; a persona the user set is kept; and an
 * opt-out, once read from any file, stays (nobody who opted out is mailed because another
 * system had not heard of it yet).
 */
import type { Contact } from '../domain/types';
import type { IncomingContact } from './contactRows';
import { StringTable } from '../text/stringTable';

export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

export class ContactKeys {
  // StringTable, not Map: see stringTable.ts (in Chromium a Map was most of a big import's time).
  private bySalesforce = new StringTable<Contact>();
  private byHubspot = new StringTable<Contact>();
  // One person per address almost always: the person itself, a list only when several share
  // it (500,000 one-element arrays were a good part of a big import's garbage).
  private byEmail = new StringTable<Contact | Contact[]>();

  constructor(people: readonly Contact[]) {
    for (const p of people) this.add(p);
  }

  add(p: Contact): void {
    if (p.salesforceId !== '') this.bySalesforce.set(p.salesforceId, p);
    if (p.hubspotId !== '') this.byHubspot.set(p.hubspotId, p);
    const key = emailKey(p.email);
    if (key !== '') {
      const known = this.byEmail.get(key);
      if (known === undefined) this.byEmail.set(key, p);
      else if (Array.isArray(known)) known.push(p);
      else this.byEmail.set(key, [known, p]);
    }
  }

  private remove(p: Contact): void {
    if (this.bySalesforce.get(p.salesforceId) === p) this.bySalesforce.delete(p.salesforceId);
    if (this.byHubspot.get(p.hubspotId) === p) this.byHubspot.delete(p.hubspotId);
    const key = emailKey(p.email);
    const known = this.byEmail.get(key);
    if (known === p) this.byEmail.delete(key);
    else if (Array.isArray(known)) {
      const rest = known.filter((x) => x !== p);
      if (rest.length > 1) this.byEmail.set(key, rest);
      else if (rest.length === 1) this.byEmail.set(key, rest[0] as Contact);
      else this.byEmail.delete(key);
    }
  }

  replace(before: Contact, after: Contact): void {
    this.remove(before);
    this.add(after);
  }

  /** `person` takes `next`'s values in place (one the caller owns), its keys moved with them. */
  update(person: Contact, next: Contact): void {
    this.remove(person);
    Object.assign(person, next);
    this.add(person);
  }

  /** The person a row is: by CRM id first, then by e-mail when no CRM id contradicts it. */
  find(f: IncomingContact): Contact | undefined {
    if (f.salesforceId) {
      const p = this.bySalesforce.get(f.salesforceId);
      if (p) return p;
    }
    if (f.hubspotId) {
      const p = this.byHubspot.get(f.hubspotId);
      if (p) return p;
    }
    const key = emailKey(f.email ?? '');
    if (key === '') return undefined;
    const known = this.byEmail.get(key);
    if (known === undefined) return undefined;
    const fits = (p: Contact) =>
      (!f.salesforceId || p.salesforceId === '' || p.salesforceId === f.salesforceId) &&
      (!f.hubspotId || p.hubspotId === '' || p.hubspotId === f.hubspotId);
    if (Array.isArray(known)) return known.find(fits);
    return fits(known) ? known : undefined;
  }
}

export function newContact(
  id: string,
  f: IncomingContact,
  custom: Record<string, string>,
  now: string,
): Contact {
  return {
    id,
    kind: f.kind ?? 'contact',
    salesforceId: f.salesforceId ?? '',
    hubspotId: f.hubspotId ?? '',
    firstName: f.firstName ?? '',
    lastName: f.lastName ?? '',
    email: f.email ?? '',
    title: f.title ?? '',
    salesforceAccountId: f.salesforceAccountId ?? '',
    hubspotCompanyId: f.hubspotCompanyId ?? '',
    company: f.company ?? '',
    stage: f.stage ?? '',
    emailOptOut: f.emailOptOut ?? false,
    doNotCall: f.doNotCall ?? false,
    persona: f.persona ?? '',
    custom: { ...custom },
    createdAt: now,
    updatedAt: now,
  };
}

type TextField =
  | 'hubspotId'
  | 'firstName'
  | 'lastName'
  | 'email'
  | 'title'
  | 'salesforceAccountId'
  | 'hubspotCompanyId'
  | 'company'
  | 'stage';
/** The text fields a row's value replaces (the CRM keeps them up to date). */
export const TEXT_FIELDS: readonly TextField[] = [
  'hubspotId',
  'firstName',
  'lastName',
  'email',
  'title',
  'salesforceAccountId',
  'hubspotCompanyId',
  'company',
  'stage',
];

/** The person with a row's values in; the same object when nothing changes. */
export function mergeIncoming(
  person: Contact,
  f: IncomingContact,
  custom: Record<string, string>,
): Contact {
  const next: Contact = { ...person, custom: { ...person.custom, ...custom } };
  for (const key of TEXT_FIELDS) {
    const value = f[key];
    if (value !== undefined && value !== '') next[key] = value;
  }
  // The Salesforce record decides the kind: a lead's id makes a lead, a contact's a contact.
  if (f.salesforceId && (person.salesforceId === '' || person.salesforceId === f.salesforceId)) {
    next.salesforceId = f.salesforceId;
    next.kind = f.kind ?? person.kind;
  }
  if (f.emailOptOut) next.emailOptOut = true;
  if (f.doNotCall) next.doNotCall = true;
  if (f.persona && person.persona === '') next.persona = f.persona;
  const same =
    (Object.keys(next) as (keyof Contact)[]).every(
      (k) => k === 'custom' || next[k] === person[k],
    ) && Object.keys(next.custom).every((k) => next.custom[k] === person.custom[k]);
  return same ? person : next;
}
