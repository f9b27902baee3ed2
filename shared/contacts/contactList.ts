/**
 * The Contacts table's rows, for any number of people: the matching and personas worked out
 * in steps (so a Worker can report progress and stop when cancelled), then one page at a
 * time of the people that pass the filter and the search. Pure; the contacts view worker
 * (renderer/src/features/contacts/contactsView.worker.ts) holds the result between pages.
 */
import type { Contact, PersonaRule } from '../domain/types';
import {
  accountMatcher,
  MATCH_REASON_LABELS,
  type AccountMatch,
  type MatchAccount,
} from './matchAccounts';
import type { PeopleIndex } from './motionPeople';
import { personaClassifier, personaOf } from './personas';

export type ContactFilter = 'all' | 'matched' | 'unmatched';

export interface ContactQuery {
  filter: ContactFilter;
  /** Words that must all appear (without case) in the name, e-mail, title, company, persona or account. */
  search: string;
  offset: number;
  limit: number;
}

/** One row as the table shows it; `contact` is the stored row (the persona edit writes it). */
export interface ContactRow {
  contact: Contact;
  name: string;
  persona: string;
  accountName: string;
  matchText: string;
}

export interface ContactPage {
  /** People that pass the filter and the search. */
  total: number;
  rows: ContactRow[];
}

export class Cancelled extends Error {
  constructor() {
    super('Cancelled');
  }
}

const STEP = 25_000;

/**
 * peopleIndex() (motionPeople.ts) in steps of 25,000 people: `onStep` hears how far it got
 * and `cancelled` may stop it between steps (it then throws Cancelled).
 */
export function peopleIndexInSteps(
  accounts: readonly MatchAccount[],
  contacts: readonly Contact[],
  rules: readonly PersonaRule[],
  onStep: (done: number, total: number) => void = () => {},
  cancelled: () => boolean = () => false,
): PeopleIndex {
  const matcher = accountMatcher(accounts);
  const classify = personaClassifier(rules);
  const matches = new Array<AccountMatch>(contacts.length);
  const personas = new Array<string>(contacts.length);
  const byAccount = new Map<number, number[]>();
  for (let start = 0; start < contacts.length; start += STEP) {
    if (cancelled()) throw new Cancelled();
    const end = Math.min(contacts.length, start + STEP);
    for (let i = start; i < end; i++) {
      const c = contacts[i]!;
      const m = matcher.match(c);
      matches[i] = m;
      personas[i] = personaOf(c, classify);
      if (m.account < 0) continue;
      const list = byAccount.get(m.account);
      if (list) list.push(i);
      else byAccount.set(m.account, [i]);
    }
    onStep(end, contacts.length);
  }
  return { contacts, matches, personas, byAccount };
}

export function displayName(c: Pick<Contact, 'firstName' | 'lastName' | 'email'>): string {
  return `${c.firstName} ${c.lastName}`.trim() || c.email;
}

function matchText(m: AccountMatch | undefined): string {
  if (!m) return '';
  return m.reason ? `${MATCH_REASON_LABELS[m.reason]} (${m.detail})` : `Unmatched: ${m.detail}`;
}

/** The page of people `query` asks for, in import order. */
export function contactPage(
  index: PeopleIndex,
  accounts: readonly Pick<MatchAccount, 'name'>[],
  query: ContactQuery,
): ContactPage {
  const words = query.search
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');
  const rows: ContactRow[] = [];
  let total = 0;
  const n = index.contacts.length;
  for (let i = 0; i < n; i++) {
    const match = index.matches[i];
    const isMatched = (match?.account ?? -1) >= 0;
    if (query.filter !== 'all' && (query.filter === 'matched') !== isMatched) continue;
    const c = index.contacts[i]!;
    const accountName = isMatched ? (accounts[match!.account]?.name ?? '') : '';
    if (words.length > 0) {
      const text =
        `${c.firstName} ${c.lastName}\n${c.email}\n${c.title}\n${c.company}\n${index.personas[i]}\n${accountName}`.toLowerCase();
      if (!words.every((w) => text.includes(w))) continue;
    }
    if (total >= query.offset && rows.length < query.limit) {
      rows.push({
        contact: c,
        name: displayName(c),
        persona: index.personas[i] ?? '',
        accountName,
        matchText: matchText(match),
      });
    }
    total++;
  }
  return { total, rows };
}
