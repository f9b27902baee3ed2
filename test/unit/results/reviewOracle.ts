// The quarterly review computed the plain way, one question at a time, with no index:
// what reviewQuarter must agree with.
import type { Audience, Opportunity, Side } from '../../../shared/domain/types';
import { sideOfTeam } from '../../../shared/domain/types';
import { addDays } from '../../../shared/dates/calendarDate';
import { activeRangeOn } from '../../../shared/motions/accountDates';
import { normalizeDomain } from '../../../shared/accounts/normalizeDomain';
import { storedDomainKey } from '../../../shared/accounts/companyDomain';
import { toSalesforceId18 } from '../../../shared/accounts/salesforceId';
import { audienceHolds } from '../../../shared/conflicts/audiences';
import { sideOfLeadSource } from '../../../shared/results/credit';
import type { Credit, ReviewAccount, ReviewMotion } from '../../../shared/results/reviewTypes';

/** The audience rule of the conflict engine, for one account (it reads no other field). */
export const holds = (audience: Audience, a: ReviewAccount) =>
  audienceHolds(audience, { ...a, primaryTeam: null });

const only = (ids: string[]) => {
  const set = [...new Set(ids)];
  return set.length === 1 ? set[0]! : null;
};

export function oracleAccountOf(o: Opportunity, accounts: readonly ReviewAccount[]): string | null {
  const crmId = o.accountCrmId.trim();
  if (crmId !== '') {
    const ids = accounts
      .filter((a) =>
        o.crm === 'salesforce'
          ? [a.salesforceId, ...a.duplicateSalesforceIds].some(
              (x) => x !== '' && toSalesforceId18(x) === (toSalesforceId18(crmId) ?? crmId),
            )
          : [a.hubspotId, ...a.duplicateHubspotIds].some((x) => x !== '' && x.trim() === crmId),
      )
      .map((a) => a.id);
    const id = only(ids);
    if (id) return id;
  }
  const domain = storedDomainKey(normalizeDomain(o.accountDomain));
  if (domain !== '') {
    const id = only(accounts.filter((a) => a.domain === domain).map((a) => a.id));
    if (id) return id;
  }
  const name = o.accountName.trim();
  if (name !== '') {
    const id = only(accounts.filter((a) => a.name.trim() === name).map((a) => a.id));
    if (id) return id;
  }
  return null;
}

const within = (d: string, start: string, end: string) => d >= start && d <= end;

export function oracleMeasures(o: Opportunity, q: { start: string; end: string }): string[] {
  const out: string[] = [];
  if (within(o.createdDate, q.start, q.end)) out.push('created');
  if (o.createdDate <= q.end) {
    if (o.outcome === 'open' || (o.closeDate !== null && o.closeDate > q.end)) out.push('open');
  }
  if (o.outcome !== 'open' && o.closeDate !== null && within(o.closeDate, q.start, q.end))
    out.push(o.outcome);
  return out;
}

/** The sides whose live motions had the account in their audience when the opportunity was created. */
export function oracleMotionSides(
  o: Opportunity,
  account: ReviewAccount | undefined,
  motions: readonly ReviewMotion[],
  windowDays: number,
): Set<Side> {
  const sides = new Set<Side>();
  if (!account) return sides;
  for (const m of motions) {
    if (m.status === 'Aborted') continue;
    if (!holds(m.audience, account)) continue;
    // The account's own days of the motion (a wave, a hand-over), when it has some.
    const days = activeRangeOn(m, account.id);
    if (!days) continue;
    if (within(o.createdDate, days.start, addDays(days.end, windowDays)))
      sides.add(sideOfTeam(m.team));
  }
  return sides;
}

export function oracleCredit(leadSource: string, sides: Set<Side>): Credit {
  const source = sideOfLeadSource(leadSource);
  const marketing = source === 'marketing' || sides.has('marketing');
  const sales = source === 'sales' || sides.has('sales');
  return marketing && sales
    ? 'co-credit'
    : marketing
      ? 'marketing'
      : sales
        ? 'sales'
        : 'unattributed';
}
