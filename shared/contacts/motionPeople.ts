/**
 * Which people a motion reaches: the matched people at the accounts of its audience
 * (shared/motions/audience.ts, unchanged), limited to the audience's personas when it names
 * any. People who opted out of the channel — Do Not Call for a phone motion, the e-mail
 * opt-out for every other one (nurtures, invitations and content all arrive by e-mail) — and
 * people without an e-mail for an e-mail motion are left out and counted, never silently.
 */
import type { Account, Contact, Motion, PersonaRule } from '../domain/types';
import { accountMatcher, type AccountMatch } from './matchAccounts';
import { personaClassifier, personaOf } from './personas';

export interface PeopleIndex {
  contacts: readonly Contact[];
  matches: AccountMatch[];
  personas: string[];
  /** Account position → positions of its people, in the order given. */
  byAccount: Map<number, number[]>;
}

export function peopleIndex(
  accounts: readonly Account[],
  contacts: readonly Contact[],
  rules: readonly PersonaRule[],
): PeopleIndex {
  const matcher = accountMatcher(accounts);
  const classify = personaClassifier(rules);
  const matches = new Array<AccountMatch>(contacts.length);
  const personas = new Array<string>(contacts.length);
  const byAccount = new Map<number, number[]>();
  for (let i = 0; i < contacts.length; i++) {
    const c = contacts[i] as Contact;
    const m = matcher.match(c);
    matches[i] = m;
    personas[i] = personaOf(c, classify);
    if (m.account < 0) continue;
    const list = byAccount.get(m.account);
    if (list) list.push(i);
    else byAccount.set(m.account, [i]);
  }
  return { contacts, matches, personas, byAccount };
}

/** The last index built by sharedPeopleIndex, with the three inputs it was built from. */
let last: {
  accounts: readonly Account[];
  contacts: readonly Contact[];
  rules: readonly PersonaRule[];
  index: PeopleIndex;
} | null = null;

/**
 * peopleIndex() of the same accounts, contacts and persona rules as the last call, built once:
 * each campaign-member export (one per motion, per CRM, per mode) would otherwise match all
 * the people over all the accounts again (at 100,000 accounts, most of an export's time).
 * Keyed on the arrays themselves, which stand for a data revision: the store and the
 * workspace loader hand out new arrays on every change and never edit one in place. One entry
 * only, so an old workspace's people are not kept alive.
 */
export function sharedPeopleIndex(
  accounts: readonly Account[],
  contacts: readonly Contact[],
  rules: readonly PersonaRule[],
): PeopleIndex {
  if (last && last.accounts === accounts && last.contacts === contacts && last.rules === rules)
    return last.index;
  const index = peopleIndex(accounts, contacts, rules);
  last = { accounts, contacts, rules, index };
  return index;
}

/** Whether the person asked not to be reached on the motion's channel. */
export function optedOutOf(motion: Pick<Motion, 'channel'>, person: Contact): boolean {
  return motion.channel === 'phone' ? person.doNotCall : person.emailOptOut;
}

export interface MotionPeople {
  /** Positions (in index.contacts) of the people the motion reaches. */
  members: number[];
  /** At the audience's accounts and personas, but opted out of the channel. */
  optedOut: number;
  /** E-mail motion, no e-mail address. */
  noEmail: number;
}

export function motionPeople(
  index: PeopleIndex,
  motion: Pick<Motion, 'channel' | 'audience'>,
  accountPositions: ArrayLike<number>,
): MotionPeople {
  const wanted = motion.audience.personas?.filter((p) => p.trim() !== '') ?? [];
  const personaSet = wanted.length > 0 ? new Set(wanted.map((p) => p.trim().toLowerCase())) : null;
  const out: MotionPeople = { members: [], optedOut: 0, noEmail: 0 };
  for (let a = 0; a < accountPositions.length; a++) {
    const people = index.byAccount.get(accountPositions[a] as number);
    if (!people) continue;
    for (const i of people) {
      if (personaSet && !personaSet.has((index.personas[i] as string).toLowerCase())) continue;
      const person = index.contacts[i] as Contact;
      if (optedOutOf(motion, person)) out.optedOut++;
      else if (motion.channel === 'email' && person.email.trim() === '') out.noEmail++;
      else out.members.push(i);
    }
  }
  return out;
}
