/**
 * What each CRM holds for an account, as its last import read it (Account.importedFrom…),
 * and which fields the workbench has changed since: the update files write those and
 * nothing else, so an import followed by an export sends the CRM nothing it did not have.
 *
 * Design: the CRM's values are kept on the account itself, per CRM, for the fields an update
 * file can write (CRM_FIELDS). Each import from that CRM refreshes the fields its file has
 * columns for and keeps the others; an account never imported from the CRM has none (null),
 * and then every field counts as changed, because nobody knows what the CRM holds.
 */
import type { Account, CrmField, CrmImportedValues } from '../domain/types';
import type { ColumnMap } from './columnMapping';
import type { CrmSource } from './columnMapping';
import type { IncomingFields } from './candidates';
import { sameOwner, EMPTY_DIRECTORY, type OwnerDirectory } from '../owners/ownerDirectory';

export const CRM_FIELDS: readonly CrmField[] = [
  'name',
  'website',
  'industry',
  'employees',
  'annualRevenue',
  'country',
  'owner',
  'ownerEmail',
];

/** The CRM fields a file's mapping fills (an owner column stands for both owner fields). */
export function mappedCrmFields(mapping: ColumnMap): Set<CrmField> {
  const targets = new Set(Object.values(mapping));
  const fields = new Set<CrmField>(CRM_FIELDS.filter((f) => targets.has(f)));
  if (fields.has('owner') || fields.has('ownerEmail')) {
    fields.add('owner');
    fields.add('ownerEmail');
  }
  return fields;
}

/** One row's CRM values: every mapped field, '' or null where the cell was empty. */
export function importedValues(
  fields: IncomingFields,
  mapped: ReadonlySet<CrmField>,
): CrmImportedValues {
  const values: CrmImportedValues = {};
  for (const f of mapped) {
    if (f === 'employees' || f === 'annualRevenue') values[f] = fields[f] ?? null;
    else values[f] = fields[f] ?? '';
  }
  return values;
}

/** Later values win field by field; fields the later import had no column for are kept. */
export function refreshImported(
  stored: CrmImportedValues | null,
  incoming: CrmImportedValues | undefined,
): CrmImportedValues | null {
  if (!incoming) return stored;
  return { ...(stored ?? {}), ...incoming };
}

export function sameImported(a: CrmImportedValues | null, b: CrmImportedValues | null): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  return CRM_FIELDS.every((f) => a[f] === b[f]);
}

export type ImportedField = 'importedFromSalesforce' | 'importedFromHubspot';

export function importedFieldOf(source: CrmSource): ImportedField | null {
  if (source === 'salesforce') return 'importedFromSalesforce';
  if (source === 'hubspot') return 'importedFromHubspot';
  return null;
}

function isEmptyValue(v: unknown): boolean {
  return v === undefined || v === null || v === '';
}

/**
 * The CRM fields of `account` that differ from what the CRM holds. The owner is one field
 * (its name and e-mail name one person), compared through the directory, so an e-mail the
 * directory filled in later is not a change. A field the CRM's file had no column for is
 * changed when the workbench has a value for it.
 */
export function changedSinceImport(
  account: Account,
  imported: CrmImportedValues | null,
  dir: OwnerDirectory = EMPTY_DIRECTORY,
): Set<CrmField> {
  const changed = new Set<CrmField>();
  for (const f of CRM_FIELDS) {
    if (f === 'ownerEmail') continue;
    if (f === 'owner') {
      const hasOwner = account.owner !== '' || account.ownerEmail !== '';
      const known =
        imported !== null && (imported.owner !== undefined || imported.ownerEmail !== undefined);
      if (!known) {
        if (hasOwner) changed.add('owner');
        continue;
      }
      const before = { owner: imported.owner ?? '', ownerEmail: imported.ownerEmail ?? '' };
      const beforeEmpty = before.owner === '' && before.ownerEmail === '';
      if (beforeEmpty ? hasOwner : !sameOwner(dir, before, account)) changed.add('owner');
      continue;
    }
    if (imported === null || !(f in imported)) {
      if (!isEmptyValue(account[f])) changed.add(f);
      continue;
    }
    if (imported[f] !== account[f]) changed.add(f);
  }
  return changed;
}

/** Whether two versions of an account record the same CRM values. */
export function sameCrmRecord(a: Account, b: Account): boolean {
  return (
    sameImported(a.importedFromSalesforce, b.importedFromSalesforce) &&
    sameImported(a.importedFromHubspot, b.importedFromHubspot)
  );
}

/** One imported file's part in the CRM values: which CRM, which fields, each row's values. */
export interface FileCrmValues {
  field: ImportedField;
  mapped: ReadonlySet<CrmField>;
  rows: Map<number, IncomingFields>;
}

export type GroupCrmValues = Partial<Record<ImportedField, CrmImportedValues>>;

/**
 * The CRM values of one account's rows: per CRM, the first row's values, later rows of the
 * same CRM filling fields the first had no column for (as the import combines rows).
 */
export function crmValuesOfRows(
  rows: readonly { file: string; row: number }[],
  files: ReadonlyMap<string, FileCrmValues>,
): GroupCrmValues {
  const out: GroupCrmValues = {};
  for (const { file, row } of rows) {
    const f = files.get(file);
    const fields = f?.rows.get(row);
    if (!f || !fields) continue;
    out[f.field] = { ...importedValues(fields, f.mapped), ...out[f.field] };
  }
  return out;
}

/** The account with the CRM values of this import recorded; the same object when they are. */
export function withImportedValues(account: Account, crm: GroupCrmValues): Account {
  const salesforce = refreshImported(account.importedFromSalesforce, crm.importedFromSalesforce);
  const hubspot = refreshImported(account.importedFromHubspot, crm.importedFromHubspot);
  if (
    sameImported(salesforce, account.importedFromSalesforce) &&
    sameImported(hubspot, account.importedFromHubspot)
  ) {
    return account;
  }
  return { ...account, importedFromSalesforce: salesforce, importedFromHubspot: hubspot };
}
