/**
 * A quarter of sample results for the quarterly review: about 300 opportunities over the
 * sample's accounts in the current fiscal quarter (the one the sample's first motions run
 * in), from Salesforce for accounts with a Salesforce id and from HubSpot for the others,
 * a few naming companies the workspace lacks (listed as unmatched), and the budget allocation
 * of this quarter and the next (the one the QBR pack plans by default) set so marketing is
 * over and sales within it. Deterministic: a seeded PRNG.
 */
import type {
  Account,
  BudgetAllocation,
  IsoDate,
  IsoDateTime,
  Motion,
  Opportunity,
} from '../domain/types';
import { addDays, inclusiveLength } from '../dates/calendarDate';
import { fiscalQuarterOf, shiftFiscalQuarter, type DateRange } from '../dates/fiscal';
import { toSalesforceId18 } from '../accounts/salesforceId';
import { budgetRollup } from '../results/budget';
import { prng } from './accounts';

const SALESFORCE_OPEN = [
  'Prospecting',
  'Qualification',
  'Needs Analysis',
  'Proposal/Price Quote',
  'Negotiation/Review',
];
const HUBSPOT_OPEN = [
  'appointmentscheduled',
  'qualifiedtobuy',
  'presentationscheduled',
  'contractsent',
];
const LEAD_SOURCES = [
  'Web',
  'Web',
  'Webinar',
  'Cold Call',
  'Cold Call',
  'Partner Referral',
  'Trade Show',
  '',
];
const PRODUCTS = ['Platform', 'Expansion', 'Pilot', 'Renewal', 'Analytics add-on', 'Services'];
const MISSING_COMPANIES = ['Hooli Ltd', 'Pied Piper', 'Vandelay Industries', 'Soylent Corp'];

const AMOUNT_BY_TIER = { 1: 60_000, 2: 25_000, 3: 9_000 } as const;

export interface SampleResults {
  opportunities: Opportunity[];
  /** This quarter's and the next one's allocation, by quarter label (Settings.budgetAllocations). */
  allocations: Record<string, BudgetAllocation>;
}

export function sampleResults(
  accounts: readonly Account[],
  motions: readonly Motion[],
  today: IsoDate,
  fiscalYearStartMonth: number,
  stamp: IsoDateTime,
): SampleResults {
  const rand = prng(20270331);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const q = fiscalQuarterOf(today, fiscalYearStartMonth);
  const days = inclusiveLength(q.start, q.end);
  const targets = accounts.filter((a) => a.status === 'target');
  const others = accounts.filter((a) => a.status !== 'target');
  const opportunities: Opportunity[] = [];
  for (let n = 0; n < 300; n++) {
    const missing = n % 60 === 59;
    const account = missing ? null : rand() < 0.75 ? pick(targets) : pick(others);
    const crm =
      account === null
        ? n % 120 === 59
          ? 'hubspot'
          : 'salesforce'
        : account.salesforceId
          ? 'salesforce'
          : 'hubspot';
    const crmId =
      crm === 'salesforce'
        ? (toSalesforceId18(`0065g00000${String(10000 + n).padStart(5, '0')}`) as string)
        : String(9_300_000 + n);
    const created = addDays(q.start, Math.floor(rand() * days * 0.85));
    const roll = rand();
    const outcome = roll < 0.25 ? 'won' : roll < 0.45 ? 'lost' : 'open';
    const closeAfter = 14 + Math.floor(rand() * 60);
    const closeDate = addDays(created, closeAfter);
    // A closed opportunity closed by the quarter's end; an open one expects to close later.
    const close =
      outcome === 'open'
        ? closeDate > q.end
          ? closeDate
          : addDays(q.end, closeAfter)
        : closeDate > q.end
          ? q.end
          : closeDate;
    const base = AMOUNT_BY_TIER[account?.tier ?? 3];
    const amount = Math.round((base * (0.4 + rand() * 1.2)) / 100) * 100;
    const stage =
      crm === 'salesforce'
        ? outcome === 'won'
          ? 'Closed Won'
          : outcome === 'lost'
            ? 'Closed Lost'
            : pick(SALESFORCE_OPEN)
        : outcome === 'won'
          ? 'closedwon'
          : outcome === 'lost'
            ? 'closedlost'
            : pick(HUBSPOT_OPEN);
    const accountName =
      account?.name ?? (MISSING_COMPANIES[((n / 60) % MISSING_COMPANIES.length) | 0] as string);
    opportunities.push({
      id: `${crm}:${crmId}`,
      crm,
      crmId,
      name: `${accountName} – ${pick(PRODUCTS)}`,
      amount: n % 97 === 0 ? null : amount,
      stage,
      outcome,
      createdDate: created,
      closeDate: close,
      type: rand() < 0.6 ? 'New Business' : 'Existing Business',
      leadSource: pick(LEAD_SOURCES),
      campaignSource: '',
      accountCrmId: account
        ? crm === 'salesforce'
          ? account.salesforceId
          : account.hubspotId
        : '',
      accountDomain: '',
      accountName,
      accountId: account?.id ?? null,
      matchedBy: account
        ? crm === 'salesforce'
          ? 'crm id'
          : account.hubspotId
            ? 'crm id'
            : 'name'
        : null,
      importedAt: stamp,
    });
  }
  // Marketing is allocated 10% less than its motions plan (the Review view and the pack
  // warn), sales more.
  const round = (n: number) => Math.round(n / 1000) * 1000;
  const allocationOf = (quarter: DateRange & { label: string }) => {
    const planned = budgetRollup(motions, quarter, null).bySide;
    return {
      marketing: round((planned[0]?.planned ?? 0) * 0.9),
      sales: round((planned[1]?.planned ?? 0) * 1.2 + 5000),
    };
  };
  const next = shiftFiscalQuarter(q.start, fiscalYearStartMonth, 1);
  return {
    opportunities,
    allocations: { [q.label]: allocationOf(q), [next.label]: allocationOf(next) },
  };
}
