/**
 * Lead-to-account matching, the first step of the articles' handoff ("Sales Ops verifies
 * it's on the TAL"): each person is tied to an account by its CRM account id (Salesforce
 * Account ID, HubSpot company id, the account's own or one of its duplicate records), else
 * by its e-mail's domain — never a free-mail, social or shared host, whose addresses say
 * nothing of the company (shared/accounts/companyDomain.ts) — also through the registrable
 * domain (jane@eu.acme.com → acme.com), else by the normalized company name when exactly one
 * account has it. Computed, never stored: it follows the accounts as they change.
 *
 * Built for 500,000 people over 100,000 accounts: the accounts are indexed once; each person
 * is a few map lookups, and hosts repeat, so each distinct host is classified once.
 */
import { nonCompanyHost, registrableDomain, NON_COMPANY_LABELS } from '../accounts/companyDomain';
import { normalizeDomain } from '../accounts/normalizeDomain';
import type { Account, Contact } from '../domain/types';

export type MatchReason =
  'salesforce-account-id' | 'hubspot-company-id' | 'email-domain' | 'company-name';

export const MATCH_REASON_LABELS: Readonly<Record<MatchReason, string>> = {
  'salesforce-account-id': 'Salesforce Account ID',
  'hubspot-company-id': 'HubSpot company ID',
  'email-domain': 'E-mail domain',
  'company-name': 'Company name',
};

export interface AccountMatch {
  /** Position of the account in the accounts given; -1 when unmatched. */
  account: number;
  reason: MatchReason | null;
  /** What matched ("acme.com") or why nothing did ("gmail.com is a free e-mail host"). */
  detail: string;
}

/** The account fields matching reads. */
export type MatchAccount = Pick<
  Account,
  | 'id'
  | 'name'
  | 'domain'
  | 'salesforceId'
  | 'hubspotId'
  | 'duplicateSalesforceIds'
  | 'duplicateHubspotIds'
>;
export type MatchPerson = Pick<
  Contact,
  'email' | 'salesforceAccountId' | 'hubspotCompanyId' | 'company'
>;

const LEGAL_SUFFIXES = new Set([
  'inc',
  'incorporated',
  'llc',
  'ltd',
  'limited',
  'corp',
  'corporation',
  'co',
  'company',
  'gmbh',
  'ag',
  'sa',
  'sas',
  'sarl',
  'bv',
  'nv',
  'plc',
  'pty',
  'oy',
  'ab',
  'as',
  'spa',
  'srl',
  'kk',
  'kg',
  'llp',
  'lp',
  'the',
]);

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * A company name as a matching key: lower case, accents and punctuation dropped, "&" as
 * "and", legal forms (Inc., GmbH, Ltd) left out: "ACME, Inc." and "Acme" are one key.
 */
export function companyNameKey(name: string): string {
  if (name === '') return '';
  // Most names are plain ASCII: NFKD leaves them as they are and their letters and digits are
  // [a-z0-9] once lower-cased, so the Unicode-aware steps (the slow part at 100,000 accounts)
  // are skipped with the same result.
  const ascii = PRINTABLE_ASCII.test(name);
  const words = (ascii ? name : name.normalize('NFKD').replace(/\p{M}/gu, ''))
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(ascii ? /[^a-z0-9]+/ : /[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1] as string)) words.pop();
  if (words.length > 1 && words[0] === 'the') words.shift();
  return words.join(' ');
}

/** The host of an e-mail address, normalized ('' when it has none). */
export function emailHost(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? '' : normalizeDomain(email.slice(at + 1));
}

const AMBIGUOUS = -2;

export interface AccountMatcher {
  match(person: MatchPerson): AccountMatch;
}

function put(map: Map<string, number>, key: string, position: number): void {
  if (key === '') return;
  const had = map.get(key);
  map.set(key, had === undefined || had === position ? position : AMBIGUOUS);
}

/** Own id → position, then duplicate ids not taken: a duplicate never shadows an own id. */
function idIndex(
  accounts: readonly MatchAccount[],
  own: 'salesforceId' | 'hubspotId',
  duplicates: 'duplicateSalesforceIds' | 'duplicateHubspotIds',
): Map<string, number> {
  const index = new Map<string, number>();
  for (let i = 0; i < accounts.length; i++) {
    const id = (accounts[i] as MatchAccount)[own];
    if (id !== '') index.set(id, i);
  }
  for (let i = 0; i < accounts.length; i++) {
    for (const id of (accounts[i] as MatchAccount)[duplicates])
      if (!index.has(id)) index.set(id, i);
  }
  return index;
}

export function accountMatcher(accounts: readonly MatchAccount[]): AccountMatcher {
  // Each index is built when the first person needs it: a Salesforce contacts report's
  // people all match by Account ID and never need the HubSpot, domain or name index, which
  // at 100,000 accounts cost more than matching the people (registrable domains, name keys).
  let bySalesforceIndex: Map<string, number> | null = null;
  let byHubspotIndex: Map<string, number> | null = null;
  const bySalesforce = () =>
    (bySalesforceIndex ??= idIndex(accounts, 'salesforceId', 'duplicateSalesforceIds'));
  const byHubspot = () =>
    (byHubspotIndex ??= idIndex(accounts, 'hubspotId', 'duplicateHubspotIds'));
  let domains: { exact: Map<string, number>; registrable: Map<string, number> } | null = null;
  let names: Map<string, number> | null = null;
  const domainIndex = () => {
    if (domains) return domains;
    domains = { exact: new Map(), registrable: new Map() };
    for (let i = 0; i < accounts.length; i++) {
      const domain = (accounts[i] as MatchAccount).domain;
      put(domains.exact, domain, i);
      put(domains.registrable, registrableDomain(domain), i);
    }
    return domains;
  };
  const nameIndex = () => {
    if (names) return names;
    names = new Map();
    for (let i = 0; i < accounts.length; i++)
      put(names, companyNameKey((accounts[i] as MatchAccount).name), i);
    return names;
  };
  const hostCache = new Map<string, AccountMatch | string>();
  // Company name → key: an account's people share it.
  const nameKeys = new Map<string, string>();

  const byHost = (host: string): AccountMatch | string => {
    const cached = hostCache.get(host);
    if (cached !== undefined) return cached;
    let result: AccountMatch | string;
    const kind = nonCompanyHost(host);
    if (kind) {
      result = `${host} is a ${NON_COMPANY_LABELS[kind].toLowerCase()} host`;
    } else {
      const { exact: byDomain, registrable: byRegistrable } = domainIndex();
      const exact = byDomain.get(host);
      const registrable = registrableDomain(host);
      const wide = registrable === '' ? undefined : byRegistrable.get(registrable);
      if (exact !== undefined && exact >= 0)
        result = { account: exact, reason: 'email-domain', detail: host };
      else if (wide !== undefined && wide >= 0)
        result = { account: wide, reason: 'email-domain', detail: registrable };
      else if (exact === AMBIGUOUS || wide === AMBIGUOUS)
        result = `several accounts have the domain ${exact === AMBIGUOUS ? host : registrable}`;
      else result = `no account has the domain ${host}`;
    }
    hostCache.set(host, result);
    return result;
  };
  // By the host as written ('' = no host): one lookup per person, the host normalized and
  // classified once.
  const byRawHost = new Map<string, AccountMatch | string>();
  const hostMatch = (email: string): AccountMatch | string => {
    const at = email.lastIndexOf('@');
    if (at < 0) return '';
    const raw = email.slice(at + 1);
    let found = byRawHost.get(raw);
    if (found === undefined) {
      const host = normalizeDomain(raw);
      found = host === '' ? '' : byHost(host);
      byRawHost.set(raw, found);
    }
    return found;
  };

  return {
    match(person) {
      // Why nothing matched, only for people who fall through a rule (most match the first).
      let notes: string[] | null = null;
      if (person.salesforceAccountId !== '') {
        const p = bySalesforce().get(person.salesforceAccountId);
        if (p !== undefined)
          return {
            account: p,
            reason: 'salesforce-account-id',
            detail: person.salesforceAccountId,
          };
        (notes ??= []).push(`no account has the Salesforce ID ${person.salesforceAccountId}`);
      }
      if (person.hubspotCompanyId !== '') {
        const p = byHubspot().get(person.hubspotCompanyId);
        if (p !== undefined)
          return { account: p, reason: 'hubspot-company-id', detail: person.hubspotCompanyId };
        (notes ??= []).push(`no account has the HubSpot company ID ${person.hubspotCompanyId}`);
      }
      const found = hostMatch(person.email);
      if (typeof found !== 'string') return found;
      if (found !== '') (notes ??= []).push(found);
      let key = nameKeys.get(person.company);
      if (key === undefined) nameKeys.set(person.company, (key = companyNameKey(person.company)));
      if (key !== '') {
        const p = nameIndex().get(key);
        if (p !== undefined && p >= 0)
          return { account: p, reason: 'company-name', detail: person.company };
        (notes ??= []).push(
          p === AMBIGUOUS
            ? `several accounts are named "${person.company}"`
            : `no account is named "${person.company}"`,
        );
      }
      return {
        account: -1,
        reason: null,
        detail: notes ? notes.join('; ') : 'nothing to match by',
      };
    },
  };
}

/** Every person's match, in the order given. */
export function matchPeople(
  accounts: readonly MatchAccount[],
  people: readonly MatchPerson[],
): AccountMatch[] {
  const matcher = accountMatcher(accounts);
  return people.map((p) => matcher.match(p));
}
