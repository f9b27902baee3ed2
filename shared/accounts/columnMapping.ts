/**
 * Recognizes the columns of Salesforce report exports ("Account Name"), Salesforce Data
 * Loader files (API names: Name, NumberOfEmployees) and HubSpot company exports
 * ("Company name", "Record ID"), and keys a file's headers into a signature so a mapping the
 * user corrected is remembered for the next file with the same headers.
 */
import type { ExportProfile } from '../domain/types';
import { IMPORT_FIELDS, isImportField, type ImportField } from './accountFields';

/** Header → ImportField, 'custom:<header>', or '' (ignore). */
export type ColumnMap = Record<string, string>;

export type CrmSource = 'salesforce' | 'hubspot' | 'unknown';

/** A header as a lookup key: lower case, letters and digits only, a `__c` suffix dropped. */
export function headerKey(header: string): string {
  return header
    .toLowerCase()
    .replace(/__c$/, '')
    .replace(/[^a-z0-9]+/g, '');
}

// Keys are headerKey() of the header as each CRM writes it.
const KNOWN: Record<string, ImportField> = {
  // Salesforce report export
  accountid: 'salesforceId',
  accountid18: 'salesforceId',
  accountid18digit: 'salesforceId',
  '18digitaccountid': 'salesforceId',
  casesafeid: 'salesforceId',
  accountname: 'name',
  website: 'website',
  industry: 'industry',
  employees: 'employees',
  annualrevenue: 'annualRevenue',
  billingcountry: 'country',
  billingcountrycode: 'country',
  shippingcountry: 'country',
  accountowner: 'owner',
  accountowneremail: 'ownerEmail',
  ownername: 'owner',
  owneremail: 'ownerEmail',
  territory: 'territory',
  salesterritory: 'territory',
  accountdescription: 'notes',
  // Salesforce Data Loader API names
  id: 'salesforceId',
  name: 'name',
  numberofemployees: 'employees',
  ownerid: 'owner',
  description: 'notes',
  abmtier: 'tier',
  targetaccount: 'status',
  // HubSpot company export
  recordid: 'hubspotId',
  companyid: 'hubspotId',
  hsobjectid: 'hubspotId',
  hubspotid: 'hubspotId',
  hubspotrecordid: 'hubspotId',
  companyname: 'name',
  company: 'name',
  companydomainname: 'website',
  domain: 'website',
  websiteurl: 'website',
  url: 'website',
  countryregion: 'country',
  country: 'country',
  companyowner: 'owner',
  hubspotowner: 'owner',
  companyowneremail: 'ownerEmail',
  hubspotownerid: 'hubspotOwnerId',
  companyownerid: 'hubspotOwnerId',
  idealcustomerprofiletier: 'tier',
  hsidealcustomerprofile: 'tier',
  istargetaccount: 'status',
  hsistargetaccount: 'status',
  // The workbench's own export and plain spreadsheets
  salesforceid: 'salesforceId',
  tier: 'tier',
  region: 'region',
  owner: 'owner',
  tags: 'tags',
  segment: 'tags',
  segments: 'tags',
  intentscore: 'intentScore',
  intent: 'intentScore',
  status: 'status',
  removedreason: 'removedReason',
  primaryteam: 'primaryTeam',
  primaryoutreachteam: 'primaryTeam',
  notes: 'notes',
  revenue: 'annualRevenue',
  numberofemployeescompany: 'employees',
  employeecount: 'employees',
};

/** Which CRM wrote the file, judged by its id column. */
export function detectSource(headers: readonly string[]): CrmSource {
  const keys = new Set(headers.map(headerKey));
  if (keys.has('recordid') || keys.has('hsobjectid') || keys.has('companydomainname')) {
    return 'hubspot';
  }
  if (
    keys.has('accountid') ||
    keys.has('accountname') ||
    keys.has('numberofemployees') ||
    (keys.has('id') && keys.has('ownerid'))
  ) {
    return 'salesforce';
  }
  return 'unknown';
}

/** Columns the workbench computes itself: left out rather than kept as custom fields. */
const COMPUTED = new Set(['icpscore']);

/**
 * The suggested mapping: known headers to fields (first one wins), the rest as custom fields.
 * A second website or domain column (HubSpot's "Website URL" next to "Company Domain Name",
 * the workbench's "Domain" next to "Website") is left out: the domain comes from the first.
 */
export function suggestMapping(headers: readonly string[]): ColumnMap {
  const mapping: ColumnMap = {};
  const taken = new Set<ImportField>();
  for (const header of headers) {
    const key = headerKey(header);
    const field = KNOWN[key];
    if (field && !taken.has(field)) {
      mapping[header] = field;
      taken.add(field);
    } else if (field === 'website' || COMPUTED.has(key)) {
      mapping[header] = '';
    } else {
      mapping[header] = `custom:${header}`;
    }
  }
  return mapping;
}

/** Order-insensitive, case-insensitive key of a header row. */
export function headerSignature(headers: readonly string[]): string {
  return headers
    .map((h) => h.trim().toLowerCase())
    .sort()
    .join('\u001f');
}

/** Problems that stop an import with this mapping: nothing to identify an account by, or a field mapped twice. */
export function mappingProblems(mapping: ColumnMap): string[] {
  const problems: string[] = [];
  const targets = Object.values(mapping).filter((t) => t !== '' && isImportField(t));
  const has = (f: ImportField) => targets.includes(f);
  if (!has('name') && !has('website')) {
    problems.push('No column holds the account name or the website/domain. Map one of them.');
  }
  for (const { field, label } of IMPORT_FIELDS) {
    const count = targets.filter((t) => t === field).length;
    if (count > 1) problems.push(`${count} columns are mapped to "${label}"; map only one.`);
  }
  return problems;
}

/** A remembered mapping applied to a file: headers it lacks are dropped, new headers suggested. */
export function applyRemembered(headers: readonly string[], remembered: ColumnMap): ColumnMap {
  const suggested = suggestMapping(headers);
  const out: ColumnMap = {};
  for (const h of headers) out[h] = remembered[h] ?? suggested[h] ?? `custom:${h}`;
  return out;
}

/**
 * The mappings of files the workbench writes with the user's saved export profiles, keyed by
 * header signature like remembered mappings: each header maps back to the field it was
 * written from, so a renamed column ("ZIP" for the custom field "Postal code", "ABM tier"
 * for the tier) re-imports into the same field. The domain (when the profile also writes
 * the website) and the computed ICP score are left out. A mapping the user saved for the
 * same headers comes first: pass these under the remembered ones.
 */
export function exportProfileMappings(
  profiles: readonly ExportProfile[],
): Record<string, ColumnMap> {
  const out: Record<string, ColumnMap> = {};
  for (const profile of profiles) {
    const headers = profile.columns.map((c) => c.header.trim());
    const hasWebsite = profile.columns.some((c) => c.field === 'website');
    const mapping: ColumnMap = {};
    const taken = new Set<string>();
    profile.columns.forEach((column, i) => {
      const header = headers[i] as string;
      let target = '';
      if (column.field.startsWith('custom:') || isImportField(column.field)) target = column.field;
      else if (column.field === 'domain' && !hasWebsite) target = 'website';
      if (taken.has(target)) target = '';
      if (target !== '') taken.add(target);
      mapping[header] = target;
    });
    out[headerSignature(headers)] = mapping;
  }
  return out;
}
