/**
 * The contacts-and-leads import as pure functions, like the account import
 * (shared/accounts/importPipeline.ts) whose reading it reuses: the app's Worker and the CLI
 * run the same code. parseContactFiles (bytes → tables + suggested mappings), then
 * buildContactPreview (tables + mappings + stored people → new / updated / rejected and the
 * exact rows to put, in one transaction by the caller). Nothing here writes.
 *
 * Dedupe: a row is the stored (or earlier) person with its Salesforce id, else its HubSpot
 * id, else its e-mail (case-folded) — unless that person has another id of the same CRM (a
 * Salesforce lead and a contact with one address are two CRM records, kept apart).
 */
import type { RejectedCell } from '../accounts/candidates';
import type { ColumnMap, CrmSource } from '../accounts/columnMapping';
import {
  readImportFiles,
  type ColumnRecognizer,
  type ImportFile,
  type ReadImportFile,
  importFileSummary,
  type ImportFileSummary,
  rejectedRowCount,
  type ReadImportFilesResult,
} from '../accounts/readImportFiles';
import type { CsvError } from '../csv/csvError';
import type { CsvTable } from '../csv/readCsv';
import type { IdGenerator } from '../domain/ids';
import type { Contact, ImportBatch, IsoDateTime } from '../domain/types';
import {
  applyRememberedContactMapping,
  contactMappingProblems,
  detectContactSource,
  suggestContactMapping,
} from './contactColumns';
import { tableToContacts, type ContactCandidate, type IncomingContact } from './contactRows';
import { ContactKeys, mergeIncoming, newContact, TEXT_FIELDS } from './contactMerge';

export type ContactFile = ImportFile;
export type ParsedContactFile = ReadImportFile;

/** The columns of contact and lead exports (contactColumns.ts). */
const CONTACT_COLUMNS: ColumnRecognizer = {
  detectSource: detectContactSource,
  suggestMapping: suggestContactMapping,
  applyRemembered: applyRememberedContactMapping,
};

export function parseContactFiles(
  files: readonly ContactFile[],
  remembered: Readonly<Record<string, ColumnMap>> = {},
): ReadImportFilesResult {
  return readImportFiles(files, remembered, CONTACT_COLUMNS);
}

export interface ContactImportOptions {
  now: IsoDateTime;
  newId: IdGenerator;
}

export interface ContactUpdate {
  before: Contact;
  after: Contact;
  /** The fields the import changed. */
  changes: (keyof Contact)[];
}

export interface ContactPreview {
  ok: true;
  files: ImportFileSummary[];
  newContacts: Contact[];
  updates: ContactUpdate[];
  /** Stored people the files matched that end up unchanged. */
  unchanged: number;
  /** Rows that were the same person as an earlier row of the files (merged into it). */
  mergedRows: number;
  rejected: RejectedCell[];
  /** The rows to write, new and updated, in one transaction. */
  put: Contact[];
  counts: ImportBatch['counts'];
}

export type ContactPreviewResult = ContactPreview | { ok: false; errors: CsvError[] };

export function buildContactPreview(
  files: readonly { table: CsvTable; mapping: ColumnMap; source?: CrmSource }[],
  existing: readonly Contact[],
  options: ContactImportOptions,
): ContactPreviewResult {
  const errors: CsvError[] = [];
  for (const f of files) {
    for (const message of contactMappingProblems(f.mapping))
      errors.push({ file: f.table.file, message });
  }
  if (errors.length > 0) return { ok: false, errors };

  const candidates: ContactCandidate[] = [];
  const rejected: RejectedCell[] = [];
  for (const f of files) {
    const result = tableToContacts(
      f.table,
      f.mapping,
      f.source ?? detectContactSource(f.table.headers),
    );
    for (const c of result.candidates) candidates.push(c);
    for (const r of result.rejected) rejected.push(r);
  }

  // At 500,000 rows the collections here are most of the preview's cost (their growth and
  // the collector copying them), so there are only as many as the rules need: the people
  // this import makes, in order, and the stored people a row matched (touched) or changed.
  const keys = new ContactKeys(existing);
  const stored = new Map(existing.map((c) => [c.id, c]));
  const made: Contact[] = [];
  const current = new Map<string, Contact>();
  const touched = new Set<string>();
  let mergedRows = 0;
  for (const candidate of candidates) {
    const match = keys.find(candidate.fields);
    if (!match) {
      const person = newContact(options.newId(), candidate.fields, candidate.custom, options.now);
      made.push(person);
      keys.add(person);
      continue;
    }
    if (!stored.has(match.id)) {
      // An earlier row of the files made this person: this row is the same one. The person
      // is this import's own object, so it takes the row's values in place (keeping its
      // place in `made`).
      mergedRows++;
      const after = mergeIncoming(match, candidate.fields, candidate.custom);
      if (after !== match) keys.update(match, after);
      continue;
    }
    if (touched.has(match.id)) mergedRows++;
    touched.add(match.id);
    const before = current.get(match.id) ?? match;
    const after = mergeIncoming(before, candidate.fields, candidate.custom);
    if (after !== before) {
      keys.replace(before, after);
      current.set(after.id, after);
    }
  }

  const newContacts = made;
  const updates: ContactUpdate[] = [];
  let unchanged = 0;
  for (const id of touched) if (!current.has(id)) unchanged++;
  for (const [id, person] of current) {
    const before = stored.get(id) as Contact;
    const changes = changedContactFields(before, person);
    if (changes.length === 0) {
      unchanged++;
      continue;
    }
    updates.push({ before, after: { ...person, updatedAt: options.now }, changes });
  }
  const rejectedRows = rejectedRowCount(rejected);
  return {
    ok: true,
    files: files.map((f) =>
      importFileSummary(f.table, f.source ?? detectContactSource(f.table.headers)),
    ),
    newContacts,
    updates,
    unchanged,
    mergedRows,
    rejected,
    put: [...newContacts, ...updates.map((u) => u.after)],
    counts: {
      new: newContacts.length,
      updated: updates.length,
      merged: mergedRows,
      rejected: rejectedRows,
    },
  };
}

const COMPARED: readonly (keyof Contact)[] = [
  'kind',
  'salesforceId',
  ...TEXT_FIELDS,
  'emailOptOut',
  'doNotCall',
  'persona',
];

export function changedContactFields(before: Contact, after: Contact): (keyof Contact)[] {
  const changed = COMPARED.filter((k) => before[k] !== after[k]);
  const customKeys = new Set([...Object.keys(before.custom), ...Object.keys(after.custom)]);
  for (const k of customKeys) {
    if (before.custom[k] !== after.custom[k]) {
      changed.push('custom');
      break;
    }
  }
  return changed;
}

/** Both steps at once with the suggested (or remembered) mappings: what the CLI runs. */
export function importContacts(
  files: readonly ContactFile[],
  existing: readonly Contact[],
  options: ContactImportOptions & { remembered?: Readonly<Record<string, ColumnMap>> },
): ContactPreviewResult {
  const parsed = parseContactFiles(files, options.remembered ?? {});
  if (!parsed.ok) return parsed;
  return buildContactPreview(parsed.files, existing, options);
}

export type { IncomingContact };
