/**
 * The generic profile: the user picks account fields, their order and their header names,
 * and saves the choice by name (an ExportProfile). Custom columns from imports are offered
 * as 'custom:<name>'. Values are written as the workbench holds them (tags joined by ';').
 */
import type { Account, ExportProfile } from '../domain/types';
import { buildTables, type ExportColumn } from './exportColumns';
import type { ExportResult, ExportSource } from './exportTypes';
import { numberCell } from './salesforceAccounts';

export interface GenericField {
  field: string;
  /** The header a new column starts with. */
  label: string;
  value: (account: Account) => string;
}

export const ACCOUNT_FIELDS: readonly GenericField[] = [
  { field: 'name', label: 'Account name', value: (a) => a.name },
  { field: 'website', label: 'Website', value: (a) => a.website },
  { field: 'domain', label: 'Domain', value: (a) => a.domain },
  { field: 'salesforceId', label: 'Salesforce ID', value: (a) => a.salesforceId },
  { field: 'hubspotId', label: 'HubSpot ID', value: (a) => a.hubspotId },
  { field: 'industry', label: 'Industry', value: (a) => a.industry },
  { field: 'employees', label: 'Employees', value: (a) => numberCell(a.employees) },
  { field: 'annualRevenue', label: 'Annual revenue', value: (a) => numberCell(a.annualRevenue) },
  { field: 'country', label: 'Country', value: (a) => a.country },
  { field: 'region', label: 'Region', value: (a) => a.region },
  { field: 'owner', label: 'Owner', value: (a) => a.owner },
  { field: 'ownerEmail', label: 'Owner email', value: (a) => a.ownerEmail },
  { field: 'territory', label: 'Territory', value: (a) => a.territory },
  { field: 'tags', label: 'Segments', value: (a) => a.tags.join(';') },
  { field: 'tier', label: 'Tier', value: (a) => (a.tier === null ? '' : String(a.tier)) },
  { field: 'icpScore', label: 'ICP score', value: (a) => numberCell(a.icpScore) },
  { field: 'intentScore', label: 'Intent score', value: (a) => numberCell(a.intentScore) },
  { field: 'status', label: 'Status', value: (a) => a.status },
  { field: 'removedReason', label: 'Removed reason', value: (a) => a.removedReason },
  { field: 'primaryTeam', label: 'Primary team', value: (a) => a.primaryTeam ?? '' },
  { field: 'notes', label: 'Notes', value: (a) => a.notes },
];

const FIELD_BY_KEY = new Map(ACCOUNT_FIELDS.map((f) => [f.field, f]));

/** Every field a generic profile can use, including the custom columns the accounts carry. */
export function availableFields(accounts: readonly Account[]): GenericField[] {
  const custom = new Set<string>();
  for (const a of accounts) for (const key of Object.keys(a.custom)) custom.add(key);
  return [...ACCOUNT_FIELDS, ...[...custom].sort().map((name) => customField(name))];
}

function customField(name: string): GenericField {
  return { field: `custom:${name}`, label: name, value: (a) => a.custom[name] ?? '' };
}

export function fieldOf(key: string): GenericField | null {
  if (key.startsWith('custom:')) return customField(key.slice('custom:'.length));
  return FIELD_BY_KEY.get(key) ?? null;
}

/** Problems with the profile itself (not its rows): unknown fields, blank or repeated headers. */
export function checkGenericProfile(profile: ExportProfile): string[] {
  const errors: string[] = [];
  if (profile.name.trim() === '') errors.push('The profile needs a name.');
  if (profile.columns.length === 0) errors.push('Pick at least one column.');
  const seen = new Set<string>();
  profile.columns.forEach((column, i) => {
    const where = `Column ${i + 1}`;
    if (!fieldOf(column.field)) errors.push(`${where}: "${column.field}" is not an account field.`);
    const header = column.header.trim();
    if (header === '') errors.push(`${where}: the header name is empty.`);
    else if (seen.has(header.toLowerCase()))
      errors.push(`${where}: the header "${header}" is used twice.`);
    seen.add(header.toLowerCase());
  });
  return errors;
}

/** A file-name-safe form of a profile name: 'Q1 TAL (EMEA)' → 'q1-tal-emea'. */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'export' : slug;
}

export function exportGeneric(source: ExportSource, profile: ExportProfile): ExportResult {
  const columns: ExportColumn<Account>[] = profile.columns.map((column) => {
    const field = fieldOf(column.field);
    return { header: column.header, value: field ? field.value : () => '' };
  });
  const baseName = slugOf(profile.name);
  const { tables, problems } = buildTables(source.accounts, {
    baseName,
    group: '',
    columns,
    describe: (a) => a.name || a.domain || a.id,
  });
  return { baseName, extension: 'csv', tables, problems };
}
