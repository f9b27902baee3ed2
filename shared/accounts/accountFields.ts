/**
 * The account fields an import column can fill, with the labels the mapping screen shows.
 * A column maps to one of these, to 'custom:<name>' (kept in Account.custom), or to '' (ignored).
 */
export type ImportField =
  | 'name'
  | 'website'
  | 'salesforceId'
  | 'hubspotId'
  | 'industry'
  | 'employees'
  | 'annualRevenue'
  | 'country'
  | 'region'
  | 'owner'
  | 'ownerEmail'
  | 'hubspotOwnerId'
  | 'territory'
  | 'tags'
  | 'tier'
  | 'intentScore'
  | 'status'
  | 'removedReason'
  | 'primaryTeam'
  | 'notes';

export const IMPORT_FIELDS: readonly { field: ImportField; label: string }[] = [
  { field: 'name', label: 'Account name' },
  { field: 'website', label: 'Website / domain' },
  { field: 'salesforceId', label: 'Salesforce ID' },
  { field: 'hubspotId', label: 'HubSpot record ID' },
  { field: 'industry', label: 'Industry' },
  { field: 'employees', label: 'Employees' },
  { field: 'annualRevenue', label: 'Annual revenue' },
  { field: 'country', label: 'Country' },
  { field: 'region', label: 'Region' },
  { field: 'owner', label: 'Owner' },
  { field: 'ownerEmail', label: 'Owner e-mail' },
  { field: 'hubspotOwnerId', label: 'HubSpot owner ID' },
  { field: 'territory', label: 'Territory' },
  { field: 'tags', label: 'Tags / segments' },
  { field: 'tier', label: 'Tier' },
  { field: 'intentScore', label: 'Intent score' },
  { field: 'status', label: 'Status / target flag' },
  { field: 'removedReason', label: 'Removed reason' },
  { field: 'primaryTeam', label: 'Primary outreach team' },
  { field: 'notes', label: 'Notes / description' },
];

export function isImportField(value: string): value is ImportField {
  return IMPORT_FIELDS.some((f) => f.field === value);
}

/** 'custom:Type' → 'Type'; null for anything else. */
export function customFieldName(target: string): string | null {
  return target.startsWith('custom:') ? target.slice(7) : null;
}
