/**
 * The columns of a Salesforce opportunities report export ("Opportunity ID", "Stage",
 * "Created Date", …) and of a HubSpot deals export ("Record ID", "Deal Stage",
 * "Create Date", "Associated Company IDs (Primary)", …): which CRM wrote a file, the
 * suggested mapping of its headers to opportunity fields (recognized the way the account
 * import recognizes its headers, and remembered by the same header signature), and what
 * stops a mapping from being imported.
 */
import { headerKey } from '../accounts/columnMapping';
import type { OpportunityCrm } from '../domain/types';

export type OpportunityField =
  | 'crmId'
  | 'name'
  | 'accountCrmId'
  | 'accountName'
  | 'accountDomain'
  | 'amount'
  | 'stage'
  | 'closeDate'
  | 'createdDate'
  | 'type'
  | 'leadSource'
  | 'campaignSource';

export const OPPORTUNITY_FIELDS: readonly { field: OpportunityField; label: string }[] = [
  { field: 'crmId', label: 'Opportunity / deal ID' },
  { field: 'name', label: 'Opportunity / deal name' },
  { field: 'accountCrmId', label: 'Account / company ID' },
  { field: 'accountName', label: 'Account / company name' },
  { field: 'accountDomain', label: 'Company domain' },
  { field: 'amount', label: 'Amount' },
  { field: 'stage', label: 'Stage' },
  { field: 'closeDate', label: 'Close date' },
  { field: 'createdDate', label: 'Created date' },
  { field: 'type', label: 'Type' },
  { field: 'leadSource', label: 'Lead source' },
  { field: 'campaignSource', label: 'Primary campaign source' },
];

/** Header → OpportunityField, or '' (not imported). */
export type OpportunityColumnMap = Record<string, OpportunityField | ''>;

export function isOpportunityField(value: string): value is OpportunityField {
  return OPPORTUNITY_FIELDS.some((f) => f.field === value);
}

// Keys are headerKey() of the header as each CRM writes it.
const KNOWN: Record<string, OpportunityField> = {
  // Salesforce opportunities report
  opportunityid: 'crmId',
  opportunityid18: 'crmId',
  opportunityname: 'name',
  accountid: 'accountCrmId',
  accountid18: 'accountCrmId',
  accountname: 'accountName',
  accountwebsite: 'accountDomain',
  website: 'accountDomain',
  amount: 'amount',
  amountconverted: 'amount',
  stage: 'stage',
  closedate: 'closeDate',
  createddate: 'createdDate',
  type: 'type',
  opportunitytype: 'type',
  leadsource: 'leadSource',
  primarycampaignsource: 'campaignSource',
  primarycampaign: 'campaignSource',
  // HubSpot deals export
  recordid: 'crmId',
  dealid: 'crmId',
  hsobjectid: 'crmId',
  dealname: 'name',
  dealstage: 'stage',
  createdate: 'createdDate',
  dealtype: 'type',
  associatedcompanyidsprimary: 'accountCrmId',
  associatedcompanyids: 'accountCrmId',
  associatedcompanyid: 'accountCrmId',
  companyid: 'accountCrmId',
  associatedcompanyprimary: 'accountName',
  associatedcompany: 'accountName',
  companyname: 'accountName',
  associatedcompanydomain: 'accountDomain',
  companydomainname: 'accountDomain',
  companydomain: 'accountDomain',
  domain: 'accountDomain',
  originalsource: 'leadSource',
  originalsourcetype: 'leadSource',
  campaign: 'campaignSource',
};

/** Which CRM wrote the file, from the columns only each one has; null when neither shows. */
export function detectResultsCrm(headers: readonly string[]): OpportunityCrm | null {
  const keys = new Set(headers.map(headerKey));
  if (keys.has('recordid') || keys.has('dealstage') || keys.has('dealname')) return 'hubspot';
  if (keys.has('opportunityid') || keys.has('opportunityname') || keys.has('stage')) {
    return 'salesforce';
  }
  return null;
}

/** Known headers to their fields (the first of a field wins); the rest are not imported. */
export function suggestOpportunityMapping(headers: readonly string[]): OpportunityColumnMap {
  const mapping: OpportunityColumnMap = {};
  const taken = new Set<OpportunityField>();
  for (const header of headers) {
    const field = KNOWN[headerKey(header)];
    if (field && !taken.has(field)) {
      mapping[header] = field;
      taken.add(field);
    } else mapping[header] = '';
  }
  return mapping;
}

/** A remembered mapping applied to a file: headers it lacks dropped, new ones suggested. */
export function applyRememberedOpportunityMapping(
  headers: readonly string[],
  remembered: Readonly<Record<string, string>>,
): OpportunityColumnMap {
  const suggested = suggestOpportunityMapping(headers);
  const out: OpportunityColumnMap = {};
  for (const h of headers) {
    const r = remembered[h];
    out[h] = r !== undefined && (r === '' || isOpportunityField(r)) ? r : (suggested[h] ?? '');
  }
  return out;
}

const label = (field: OpportunityField) =>
  OPPORTUNITY_FIELDS.find((f) => f.field === field)?.label ?? field;

/** What stops an import with this mapping: a required field unmapped, or a field mapped twice. */
export function opportunityMappingProblems(mapping: OpportunityColumnMap): string[] {
  const targets = Object.values(mapping).filter((t): t is OpportunityField => t !== '');
  const has = (f: OpportunityField) => targets.includes(f);
  const problems: string[] = [];
  for (const required of ['crmId', 'stage', 'createdDate'] as const) {
    if (!has(required)) problems.push(`No column holds the "${label(required)}". Map one.`);
  }
  if (!has('accountCrmId') && !has('accountName') && !has('accountDomain')) {
    problems.push(
      'No column names the account (its ID, domain or name), so no opportunity can be matched to an account. Map one.',
    );
  }
  for (const { field } of OPPORTUNITY_FIELDS) {
    const count = targets.filter((t) => t === field).length;
    if (count > 1) problems.push(`${count} columns are mapped to "${label(field)}"; map only one.`);
  }
  return problems;
}
