/**
 * The attribution model of the ABM article, explicit: "if marketing generated the lead
 * (inbound), marketing gets credit. If sales initiated (outbound), sales gets credit.
 * Co-credit for accounts where both teams engaged." A side engaged an opportunity when its
 * lead source says so (inbound → marketing, outbound → sales) or when a motion of that side
 * had the account in its audience from its start to the influence window after its end,
 * and the opportunity was created then. Both sides → co-credit; one → that side; none →
 * unattributed.
 */
import type { Side } from '../domain/types';
import type { Credit } from './reviewTypes';

const key = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

/**
 * Lead sources that mean marketing brought the lead in: Salesforce's picklist (Web, Phone
 * Inquiry, …), common custom values and HubSpot's original sources (ORGANIC_SEARCH, …).
 */
const INBOUND = new Set(
  [
    'Web',
    'Website',
    'Inbound',
    'Phone Inquiry',
    'Organic Search',
    'Paid Search',
    'Paid Social',
    'Social Media',
    'Email Marketing',
    'Advertisement',
    'Webinar',
    'Trade Show',
    'Event',
    'Content',
    'Content Download',
    'Seminar - Internal',
    'Seminar - Partner',
    'Direct Traffic',
    'Other Campaigns',
    'Marketing',
  ].map(key),
);

/** Lead sources that mean sales started it. */
const OUTBOUND = new Set(
  [
    'Outbound',
    'Cold Call',
    'Outbound Call',
    'Prospecting',
    'Sales Prospecting',
    'Sales Generated',
    'SDR',
    'BDR',
    'Purchased List',
    'Offline',
  ].map(key),
);

/** The side a lead source names, or null when it names neither ("Partner Referral", ""). */
export function sideOfLeadSource(leadSource: string): Side | null {
  const k = key(leadSource);
  if (INBOUND.has(k)) return 'marketing';
  if (OUTBOUND.has(k)) return 'sales';
  return null;
}

/** Engagement bits: 1 = a marketing motion, 2 = a sales motion. */
export const MARKETING_MOTION = 1;
export const SALES_MOTION = 2;

export function creditOf(
  leadSource: string,
  motionSides: number,
): { credit: Credit; reason: string } {
  const source = sideOfLeadSource(leadSource);
  const marketing = source === 'marketing' || (motionSides & MARKETING_MOTION) !== 0;
  const sales = source === 'sales' || (motionSides & SALES_MOTION) !== 0;
  const why: string[] = [];
  if (source) {
    why.push(
      `lead source ${leadSource.trim()} is ${source === 'marketing' ? 'inbound' : 'outbound'}`,
    );
  }
  if (motionSides & MARKETING_MOTION) why.push('a marketing motion engaged the account');
  if (motionSides & SALES_MOTION) why.push('a sales motion engaged the account');
  const reason =
    why.length > 0
      ? why.join('; ')
      : 'no inbound or outbound lead source and no motion engaged the account';
  if (marketing && sales) return { credit: 'co-credit', reason: `both teams engaged: ${reason}` };
  if (marketing) return { credit: 'marketing', reason };
  if (sales) return { credit: 'sales', reason };
  return { credit: 'unattributed', reason };
}

export const CREDIT_LABELS: Record<Credit, string> = {
  marketing: 'Marketing (inbound)',
  sales: 'Sales (outbound)',
  'co-credit': 'Co-credit (both teams engaged)',
  unattributed: 'Unattributed',
};
