/**
 * One field of an account changed from text, as the grid's inline edit, paste and fill down
 * do it: the text is read by the same parsers as an import, derived fields follow (website →
 * domain, country → region, owner → the owner's e-mail from the owner directory), and a
 * bad value gives a reason instead of a change.
 */
import type { Account } from '../domain/types';
import { websiteDomain } from './companyDomain';
import { EMPTY_DIRECTORY, resolveOwner, type OwnerDirectory } from '../owners/ownerDirectory';
import { nameKey } from '../owners/ownerKeys';
import { regionOf, toCountryCode } from './countries';
import { industryLabel } from './hubspotEnums';
import {
  isEmail,
  nameFromEmail,
  parseEmployees,
  parseIntent,
  parsePrimaryTeam,
  parseRevenue,
  parseStatus,
  parseTags,
  parseTier,
  type Parsed,
} from './parseFields';
import { checkSalesforceId } from './salesforceId';

export const EDITABLE_FIELDS = [
  'name',
  'website',
  'salesforceId',
  'hubspotId',
  'industry',
  'employees',
  'annualRevenue',
  'country',
  'region',
  'owner',
  'ownerEmail',
  'territory',
  'tags',
  'tier',
  'intentScore',
  'status',
  'primaryTeam',
  'notes',
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

export function isEditableField(field: string): field is EditableField {
  return (EDITABLE_FIELDS as readonly string[]).includes(field);
}

/** The text a cell shows for a field, and what copy puts on the clipboard. */
export function fieldText(account: Account, field: string): string {
  const value = (account as unknown as Record<string, unknown>)[field];
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join('; ');
  return String(value);
}

const ok = (account: Account): Parsed<Account> => ({ ok: true, value: account });
const bad = (reason: string): Parsed<Account> => ({ ok: false, reason });

function withValue<T>(parsed: Parsed<T>, apply: (v: T) => Account): Parsed<Account> {
  return parsed.ok ? ok(apply(parsed.value)) : parsed;
}

/**
 * The owner fields for a typed owner: a person of the directory (by name, e-mail or id)
 * with their e-mail; an e-mail the directory does not know as itself; any other text as a
 * name, keeping the e-mail only if the name is the same person's as before.
 */
/**
 * The owner and owner e-mail an account gets from `text` (trimmed): a directory person, an
 * e-mail address, or a name (which keeps the account's e-mail only when it names the same
 * person).
 */
export function ownerFields(
  account: Account,
  text: string,
  dir: OwnerDirectory,
): Pick<Account, 'owner' | 'ownerEmail'> {
  if (text === '') return { owner: '', ownerEmail: '' };
  const o = resolveOwner(dir, text);
  if (o) return { owner: o.name || text, ownerEmail: o.email };
  if (isEmail(text)) return { owner: nameFromEmail(text), ownerEmail: text.toLowerCase() };
  const same = nameKey(text) === nameKey(account.owner);
  return { owner: text, ownerEmail: same ? account.ownerEmail : '' };
}

/** The account with `field` set from `text`; the input is not changed. */
export function editAccountField(
  account: Account,
  field: EditableField,
  input: string,
  owners: OwnerDirectory = EMPTY_DIRECTORY,
): Parsed<Account> {
  const text = input.trim();
  const next = (patch: Partial<Account>): Account => ({ ...account, ...patch });
  switch (field) {
    case 'name':
      return text ? ok(next({ name: text })) : bad('An account needs a name');
    case 'website': {
      const { host, domain } = websiteDomain(text);
      if (text && !host) return bad(`"${text}" is not a website or domain`);
      return ok(next({ website: text, domain }));
    }
    case 'salesforceId': {
      if (!text) return ok(next({ salesforceId: '' }));
      const checked = checkSalesforceId(text);
      return checked.ok ? ok(next({ salesforceId: checked.id })) : bad(checked.reason);
    }
    case 'industry':
      return ok(next({ industry: industryLabel(text) }));
    case 'hubspotId':
      return /^\d*$/.test(text)
        ? ok(next({ hubspotId: text }))
        : bad(`"${text}" is not a HubSpot record ID`);
    case 'employees':
      return withValue(parseEmployees(text), (employees) => next({ employees }));
    case 'annualRevenue':
      return withValue(parseRevenue(text), (annualRevenue) => next({ annualRevenue }));
    case 'intentScore':
      return withValue(parseIntent(text), (intentScore) => next({ intentScore }));
    case 'country': {
      const country = toCountryCode(text);
      if (country === null) return bad(`"${text}" is not a country we know`);
      return ok(next({ country, region: regionOf(country) || account.region }));
    }
    case 'ownerEmail':
      return !text || isEmail(text)
        ? ok(next({ ownerEmail: text }))
        : bad(`"${text}" is not an e-mail address`);
    case 'tags':
      return ok(next({ tags: parseTags(text) }));
    case 'tier':
      return withValue(parseTier(text), (tier) => next({ tier }));
    case 'primaryTeam':
      return withValue(parsePrimaryTeam(text), (primaryTeam) => next({ primaryTeam }));
    case 'status': {
      const parsed = parseStatus(text);
      if (!parsed.ok) return parsed;
      const status = parsed.value ?? 'candidate';
      if (status === 'removed' && account.status !== 'removed') {
        return bad('Removing an account needs a reason: use Remove…');
      }
      return ok(next({ status, removedReason: status === 'removed' ? account.removedReason : '' }));
    }
    case 'owner':
      return ok(next(ownerFields(account, text, owners)));
    case 'region':
    case 'territory':
    case 'notes':
      return ok(next({ [field]: text }));
  }
}

/** Accounts marked removed with a reason (required: the quarterly review shows it). */
export function removeAccounts(
  accounts: readonly Account[],
  reason: string,
  now: string,
): Parsed<Account[]> {
  const why = reason.trim();
  if (!why) return { ok: false, reason: 'Give a reason for removing the accounts' };
  return {
    ok: true,
    value: accounts.map((a) => ({ ...a, status: 'removed', removedReason: why, updatedAt: now })),
  };
}
