/** What lead-to-account matching (matchAccounts.ts) reads and answers. */
import type { Contact } from '../domain/types';

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
  readonly account: number;
  readonly reason: MatchReason | null;
  /** What matched ("acme.com") or why nothing did ("gmail.com is a free e-mail host"). */
  readonly detail: string;
}

/** The account fields matching reads: the same as an opportunity's matching (one definition). */
export type { MatchAccount } from '../results/accountMatch';
export type MatchPerson = Pick<
  Contact,
  'email' | 'salesforceAccountId' | 'hubspotCompanyId' | 'company'
>;

export interface AccountMatcher {
  /** The same object for people who match alike (one per id, host or company name): do not change it. */
  match(person: MatchPerson): AccountMatch;
}
