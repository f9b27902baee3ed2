/**
 * Recognizes the columns of Salesforce contact and lead reports ("Contact ID", "Lead ID",
 * "Email Opt Out"), Salesforce Data Loader files (Id, FirstName, AccountId,
 * HasOptedOutOfEmail) and HubSpot contacts exports ("Record ID", "Job Title", "Associated
 * Company ID", "Lifecycle Stage"). The header signature and the custom-field convention are
 * the account import's (shared/accounts/columnMapping.ts), so remembered mappings live in the
 * same table.
 */
import { customFieldName } from '../accounts/accountFields';
import { headerKey, type ColumnMap, type CrmSource } from '../accounts/columnMapping';

export type ContactField =
  | 'contactId'
  | 'leadId'
  | 'salesforceId'
  | 'hubspotId'
  | 'firstName'
  | 'lastName'
  | 'fullName'
  | 'email'
  | 'title'
  | 'salesforceAccountId'
  | 'hubspotCompanyId'
  | 'company'
  | 'stage'
  | 'emailOptOut'
  | 'doNotCall'
  | 'persona';

export const CONTACT_FIELDS: readonly { field: ContactField; label: string }[] = [
  { field: 'contactId', label: 'Salesforce Contact ID' },
  { field: 'leadId', label: 'Salesforce Lead ID' },
  { field: 'salesforceId', label: 'Salesforce ID (contact or lead)' },
  { field: 'hubspotId', label: 'HubSpot Record ID' },
  { field: 'firstName', label: 'First name' },
  { field: 'lastName', label: 'Last name' },
  { field: 'fullName', label: 'Full name' },
  { field: 'email', label: 'E-mail' },
  { field: 'title', label: 'Title' },
  { field: 'salesforceAccountId', label: 'Salesforce Account ID' },
  { field: 'hubspotCompanyId', label: 'HubSpot company ID' },
  { field: 'company', label: 'Company' },
  { field: 'stage', label: 'Lead status / lifecycle stage' },
  { field: 'emailOptOut', label: 'E-mail opt-out' },
  { field: 'doNotCall', label: 'Do not call' },
  { field: 'persona', label: 'Persona' },
];

const FIELD_SET = new Set<string>(CONTACT_FIELDS.map((f) => f.field));
export function isContactField(value: string): value is ContactField {
  return FIELD_SET.has(value);
}

// Keys are headerKey() of the header as each CRM writes it.
const KNOWN: Record<string, ContactField> = {
  // Salesforce contact and lead reports
  contactid: 'contactId',
  contactid18: 'contactId',
  leadid: 'leadId',
  leadid18: 'leadId',
  firstname: 'firstName',
  lastname: 'lastName',
  fullname: 'fullName',
  name: 'fullName',
  contactname: 'fullName',
  email: 'email',
  emailaddress: 'email',
  title: 'title',
  accountid: 'salesforceAccountId',
  accountid18: 'salesforceAccountId',
  accountname: 'company',
  company: 'company',
  companyaccount: 'company',
  leadstatus: 'stage',
  status: 'stage',
  emailoptout: 'emailOptOut',
  donotcall: 'doNotCall',
  // Salesforce Data Loader API names
  id: 'salesforceId',
  hasoptedoutofemail: 'emailOptOut',
  // HubSpot contacts export
  recordid: 'hubspotId',
  hsobjectid: 'hubspotId',
  contactrecordid: 'hubspotId',
  jobtitle: 'title',
  associatedcompanyid: 'hubspotCompanyId',
  associatedcompanyidprimary: 'hubspotCompanyId',
  associatedcompanyidsprimary: 'hubspotCompanyId',
  companyname: 'company',
  associatedcompany: 'company',
  lifecyclestage: 'stage',
  unsubscribedfromallemail: 'emailOptOut',
  optedoutofallemail: 'emailOptOut',
  unsubscribed: 'emailOptOut',
  hsemailoptout: 'emailOptOut',
  optout: 'emailOptOut',
  // The workbench's own exports
  persona: 'persona',
  salesforceid: 'salesforceId',
  hubspotid: 'hubspotId',
};

/** Which CRM wrote the file, judged by its columns. */
export function detectContactSource(headers: readonly string[]): CrmSource {
  const keys = new Set(headers.map(headerKey));
  if (keys.has('recordid') || keys.has('associatedcompanyid') || keys.has('lifecyclestage')) {
    return 'hubspot';
  }
  const salesforce = ['contactid', 'leadid', 'accountid', 'emailoptout', 'hasoptedoutofemail'];
  if (salesforce.some((k) => keys.has(k))) return 'salesforce';
  return 'unknown';
}

/** The suggested mapping: known headers to fields (first one wins), the rest as custom fields. */
export function suggestContactMapping(headers: readonly string[]): ColumnMap {
  const mapping: ColumnMap = {};
  const taken = new Set<ContactField>();
  for (const header of headers) {
    const field = KNOWN[headerKey(header)];
    if (field && !taken.has(field)) {
      mapping[header] = field;
      taken.add(field);
    } else {
      mapping[header] = `custom:${header}`;
    }
  }
  return mapping;
}

/** A remembered mapping applied to a file: headers it lacks are dropped, new headers suggested. */
export function applyRememberedContactMapping(
  headers: readonly string[],
  remembered: ColumnMap,
): ColumnMap {
  const suggested = suggestContactMapping(headers);
  const out: ColumnMap = {};
  for (const h of headers) {
    const target = remembered[h];
    const usable =
      target !== undefined &&
      (target === '' || isContactField(target) || customFieldName(target) !== null);
    out[h] = usable ? target : (suggested[h] ?? `custom:${h}`);
  }
  return out;
}

const ID_FIELDS: readonly ContactField[] = ['contactId', 'leadId', 'salesforceId', 'hubspotId'];

/** Problems that stop an import with this mapping: nothing identifies a person, or a field mapped twice. */
export function contactMappingProblems(mapping: ColumnMap): string[] {
  const targets = Object.values(mapping).filter(isContactField);
  const problems: string[] = [];
  if (!targets.includes('email') && !ID_FIELDS.some((f) => targets.includes(f))) {
    problems.push(
      'No column holds the e-mail or a CRM ID (Contact ID, Lead ID, Record ID). Map one of them.',
    );
  }
  for (const { field, label } of CONTACT_FIELDS) {
    const count = targets.filter((t) => t === field).length;
    if (count > 1) problems.push(`${count} columns are mapped to "${label}"; map only one.`);
  }
  return problems;
}
