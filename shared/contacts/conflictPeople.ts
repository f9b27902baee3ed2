/**
 * The people the person-pressure rule counts (issue 18): each contact or lead matched to an
 * account (matchAccounts.ts), with its persona (personas.ts) and what it opted out of, in the
 * engine's shape (shared/conflicts ConflictPerson). Unmatched people reach no account's
 * motions and are left out. The CLI, the detection worker, the planner and the sample all
 * build a plan's people here, so they count the same people.
 */
import type { ConflictPerson } from '../conflicts/types';
import type { Contact, PersonaRule } from '../domain/types';
import { accountMatcher, type MatchAccount } from './matchAccounts';
import { personaClassifier, personaOf } from './personas';

export type PersonFields = Pick<
  Contact,
  | 'id'
  | 'firstName'
  | 'lastName'
  | 'email'
  | 'title'
  | 'persona'
  | 'emailOptOut'
  | 'doNotCall'
  | 'salesforceAccountId'
  | 'hubspotCompanyId'
  | 'company'
>;

/** The display name the conflicts show: "Ann Lee", else the e-mail, else the id. */
export function personName(c: Pick<Contact, 'id' | 'firstName' | 'lastName' | 'email'>): string {
  const name = `${c.firstName} ${c.lastName}`.trim();
  return name || c.email.trim() || c.id;
}

/** `accounts` in the plan's order: each person's `account` is a position in it. */
export function conflictPeople(
  accounts: readonly MatchAccount[],
  contacts: readonly PersonFields[],
  rules: readonly PersonaRule[],
): ConflictPerson[] {
  if (contacts.length === 0) return [];
  const matcher = accountMatcher(accounts);
  const classify = personaClassifier(rules);
  const out: ConflictPerson[] = [];
  for (const c of contacts) {
    const { account } = matcher.match(c);
    if (account < 0) continue;
    out.push({
      id: c.id,
      name: personName(c),
      account,
      persona: personaOf(c, classify),
      emailOptOut: c.emailOptOut,
      doNotCall: c.doNotCall,
      hasEmail: c.email.trim() !== '',
    });
  }
  return out;
}
