/**
 * Lead-to-account matching, the first step of the articles' handoff ("Sales Ops verifies
 * it's on the TAL"): each person is tied to an account by its CRM account id (Salesforce
 * Account ID, HubSpot company id, the account's own or one of its duplicate records), else
 * by its e-mail's domain — never a free-mail, social or shared host, whose addresses say
 * nothing of the company (shared/accounts/companyDomain.ts) — also through the registrable
 * domain (jane@eu.acme.com → acme.com), else by the normalized company name when exactly one
 * account has it. Computed, never stored: it follows the accounts as they change.
 *
 * Built for 500,000 people over 100,000 accounts: the accounts are indexed once, each index
 * only when a person needs it; each person is a few map lookups, and ids, hosts and company
 * names repeat, so each distinct one is worked out once and its answer shared.
 */
import { nonCompanyHost, registrableDomain, NON_COMPANY_LABELS } from '../accounts/companyDomain';
import { normalizeDomain } from '../accounts/normalizeDomain';
import { companyNameKey } from './companyNameKey';
import { idMatcher } from './matchById';
import type { AccountMatch, AccountMatcher, MatchAccount, MatchPerson } from './matchTypes';
import { AMBIGUOUS, positionTable, type PositionTable } from './positionTable';

export { companyNameKey } from './companyNameKey';
export { MATCH_REASON_LABELS } from './matchTypes';
export type {
  AccountMatch,
  AccountMatcher,
  MatchAccount,
  MatchPerson,
  MatchReason,
} from './matchTypes';

/** `notes` with `note` after it ('' notes none, '' note nothing). */
const also = (notes: string, note: string) =>
  note === '' ? notes : notes === '' ? note : `${notes}; ${note}`;

/** Indexes `key` to `position`, or as ambiguous once a second account has it. */
function put(map: Map<string, number>, key: string, position: number): void {
  if (key === '') return;
  const had = map.get(key);
  map.set(key, had === undefined || had === position ? position : AMBIGUOUS);
}

export function accountMatcher(accounts: readonly MatchAccount[]): AccountMatcher {
  // Each index is built when the first person needs it: at 100,000 accounts an index costs
  // more than matching the people who use it (registrable domains, name keys).
  const bySalesforce = idMatcher(
    accounts,
    'salesforceId',
    'duplicateSalesforceIds',
    'salesforce-account-id',
  );
  const byHubspot = idMatcher(accounts, 'hubspotId', 'duplicateHubspotIds', 'hubspot-company-id');
  let exactDomains: PositionTable | null = null;
  let registrableDomains: Map<string, number> | null = null;
  let names: PositionTable | null = null;
  const exactIndex = () =>
    (exactDomains ??= positionTable(accounts.length, (i) => (accounts[i] as MatchAccount).domain));
  // Only asked when a host is no account's own domain (jane@eu.acme.com): most people's hosts
  // are, and then the Public Suffix List is never consulted for the 100,000 accounts.
  const registrableIndex = () => {
    if (registrableDomains) return registrableDomains;
    registrableDomains = new Map();
    for (let i = 0; i < accounts.length; i++)
      put(registrableDomains, registrableDomain((accounts[i] as MatchAccount).domain), i);
    return registrableDomains;
  };
  const nameIndex = () =>
    (names ??= positionTable(accounts.length, (i) =>
      companyNameKey((accounts[i] as MatchAccount).name),
    ));

  /** A normalized host's match, or why it has none. */
  const byHost = (host: string): AccountMatch | string => {
    const kind = nonCompanyHost(host);
    if (kind) return `${host} is a ${NON_COMPANY_LABELS[kind].toLowerCase()} host`;
    const exact = exactIndex().find(host, 0);
    if (exact >= 0) return { account: exact, reason: 'email-domain', detail: host };
    const registrable = registrableDomain(host);
    const wide = registrable === '' ? undefined : registrableIndex().get(registrable);
    if (wide !== undefined && wide >= 0)
      return { account: wide, reason: 'email-domain', detail: registrable };
    if (exact === AMBIGUOUS || wide === AMBIGUOUS)
      return `several accounts have the domain ${exact === AMBIGUOUS ? host : registrable}`;
    return `no account has the domain ${host}`;
  };
  // Most people's host is, as written, their account's own domain: one lookup, and each
  // account's answer made once (null when its domain is not a normalized company host,
  // which only the long way below may match).
  const byOwnDomain = new Array<AccountMatch | null | undefined>(accounts.length);
  const ownDomainMatch = (p: number): AccountMatch | null => {
    let found = byOwnDomain[p];
    if (found === undefined) {
      const domain = (accounts[p] as MatchAccount).domain;
      found =
        normalizeDomain(domain) === domain && !nonCompanyHost(domain)
          ? { account: p, reason: 'email-domain', detail: domain }
          : null;
      byOwnDomain[p] = found;
    }
    return found;
  };
  // Else by the host as written ('' = no host): each host normalized and classified once.
  const byRawHost = new Map<string, AccountMatch | string>();
  const hostMatch = (email: string): AccountMatch | string => {
    const at = email.lastIndexOf('@');
    if (at < 0) return '';
    // The host as written looked up where it stands in the address (no slice, no allocation).
    const own = exactIndex().find(email, at + 1);
    if (own >= 0) {
      const found = ownDomainMatch(own);
      if (found) return found;
    }
    const raw = email.slice(at + 1);
    let found = byRawHost.get(raw);
    if (found === undefined) {
      const host = normalizeDomain(raw);
      found = host === '' ? '' : byHost(host);
      byRawHost.set(raw, found);
    }
    return found;
  };
  // By the company name as written: an account's people share it.
  const byCompany = new Map<string, AccountMatch | string>();
  const companyMatch = (company: string): AccountMatch | string => {
    let found = byCompany.get(company);
    if (found === undefined) {
      const key = companyNameKey(company);
      const p = key === '' ? -1 : nameIndex().find(key, 0);
      found =
        key === ''
          ? ''
          : p >= 0
            ? { account: p, reason: 'company-name', detail: company }
            : p === AMBIGUOUS
              ? `several accounts are named "${company}"`
              : `no account is named "${company}"`;
      byCompany.set(company, found);
    }
    return found;
  };

  return {
    match(person) {
      // Why nothing matched, only for people who fall through a rule (most match the first):
      // the notes so far joined by "; " ('' = none), a string so a person who falls through
      // one rule and matches by the next allocates nothing.
      let notes = '';
      if (person.salesforceAccountId !== '') {
        const found = bySalesforce(person.salesforceAccountId);
        if (found) return found;
        notes = `no account has the Salesforce ID ${person.salesforceAccountId}`;
      }
      if (person.hubspotCompanyId !== '') {
        const found = byHubspot(person.hubspotCompanyId);
        if (found) return found;
        notes = also(notes, `no account has the HubSpot company ID ${person.hubspotCompanyId}`);
      }
      const byEmail = hostMatch(person.email);
      if (typeof byEmail !== 'string') return byEmail;
      notes = also(notes, byEmail);
      if (person.company !== '') {
        const byName = companyMatch(person.company);
        if (typeof byName !== 'string') return byName;
        notes = also(notes, byName);
      }
      return {
        account: -1,
        reason: null,
        detail: notes === '' ? 'nothing to match by' : notes,
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
