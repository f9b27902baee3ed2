/**
 * The whole account import as pure functions: the app's Worker and the CLI call the same
 * code and get the same result. Two steps, because the user checks the column mapping in
 * between: parseImportFiles (bytes → tables + suggested mappings) and buildImportPreview
 * (tables + mappings + stored accounts → what will be new / updated / merged / rejected,
 * and the exact rows to put). Nothing here writes; the caller commits `put` in one transaction.
 */
import type {
  Account,
  AccountStatus,
  IcpProfile,
  ImportBatch,
  IsoDateTime,
  Owner,
} from '../domain/types';
import type { IdGenerator } from '../domain/ids';
import type { CsvTable } from '../csv/readCsv';
import type { CsvError } from '../csv/csvError';
import { emptyValueSet, findNonNumericValues, type NonNumericValue } from './emptyValues';
import { tableToCandidates, type Candidate, type RejectedCell } from './candidates';
import {
  readImportFiles,
  type ColumnRecognizer,
  type ImportFile,
  type ReadImportFile,
  importFileSummary,
  rejectedRowCount,
} from './readImportFiles';
import {
  applyRemembered,
  detectSource,
  mappingProblems,
  suggestMapping,
  type ColumnMap,
  type CrmSource,
} from './columnMapping';
import { crmDuplicateReport } from './crmDuplicateReport';
import {
  CRMS,
  ID_FIELD,
  withDuplicateIds,
  type Crm,
  type CrmDuplicateGroup,
  type KeepSeparate,
} from './crmDuplicates';
import { dedupeCandidates, isGroup, type AccountGroup, type MergedDuplicate } from './dedupe';
import { icpScorer } from './icpScore';
import {
  crmValuesOfRows,
  importedFieldOf,
  mappedCrmFields,
  sameCrmRecord,
  withImportedValues,
  type FileCrmValues,
} from './crmImported';
import { ownersFromRows } from '../owners/importOwners';
import { directoryOwnerFiller, sameOwner } from '../owners/ownerDirectory';
import {
  applyIncoming,
  changedFields,
  newAccount,
  type FieldChange,
  type MergePolicy,
} from './mergeAccounts';

export type { ImportFile } from './readImportFiles';

export interface ParsedImportFile extends ReadImportFile {
  /** Per header, the values that are not numbers (offered as "treat as empty" when mapped to a number field). */
  nonNumeric: Record<string, NonNumericValue[]>;
}

/** The columns of account exports (columnMapping.ts). */
const ACCOUNT_COLUMNS: ColumnRecognizer = { detectSource, suggestMapping, applyRemembered };

export type ParseFilesResult =
  { ok: true; files: ParsedImportFile[] } | { ok: false; errors: CsvError[] };

export type ImportProgress = (
  phase: 'reading' | 'normalizing' | 'deduplicating',
  done: number,
  total: number,
) => void;

export function parseImportFiles(
  files: readonly ImportFile[],
  remembered: Readonly<Record<string, ColumnMap>> = {},
  onProgress?: ImportProgress,
): ParseFilesResult {
  const read = readImportFiles(files, remembered, ACCOUNT_COLUMNS, (done, total) =>
    onProgress?.('reading', done, total),
  );
  if (!read.ok) return read;
  return {
    ok: true,
    files: read.files.map((f) => ({ ...f, nonNumeric: findNonNumericValues(f.table) })),
  };
}

/**
 * The status of new accounts whose file has no status column, in the app and the CLI alike:
 * a CRM dump is a list of candidates, and making them targets is a choice the user makes.
 */
export const DEFAULT_NEW_ACCOUNT_STATUS: AccountStatus = 'candidate';

export interface ImportOptions {
  policy: MergePolicy;
  /** Status of new accounts whose file has no status column. */
  defaultStatus: AccountStatus;
  now: IsoDateTime;
  newId: IdGenerator;
  /** The ICP profile that scores new and updated accounts; null leaves scores empty. */
  profile: IcpProfile | null;
  /** Values read as empty in number columns ('n/a', '-'); any other non-number is rejected. */
  emptyValues?: readonly string[];
  /** Same-company records of one CRM to keep as separate accounts (default: merge them all). */
  keepSeparate?: KeepSeparate;
  /** The owner directory as stored; the import adds the people its files name. */
  owners?: readonly Owner[];
}

export interface AccountUpdate {
  before: Account;
  after: Account;
  changes: FieldChange[];
}

export interface ImportPreview {
  ok: true;
  files: {
    name: string;
    encoding: string;
    delimiter: string;
    rows: number;
    source: CrmSource;
    notices: string[];
  }[];
  newAccounts: Account[];
  updates: AccountUpdate[];
  /** Stored accounts the files matched that end up unchanged (or were skipped by policy). */
  unchanged: number;
  merged: MergedDuplicate[];
  /** Companies the files hold as several records of one CRM (merged, or kept apart). */
  crmDuplicates: CrmDuplicateGroup[];
  /** Rows merged into their company's account as a duplicate record of a CRM, per CRM. */
  crmDuplicateRows: Record<Crm, number>;
  rejected: RejectedCell[];
  /** The rows to write, new and updated, in one transaction. */
  put: Account[];
  counts: ImportBatch['counts'];
  /** The owner directory's new and changed people, written in the same transaction. */
  owners: {
    put: Owner[];
    /** Ids of bare-name owners folded into the person of that name: deleted in that transaction. */
    removed: string[];
    added: number;
    updated: number;
    /** Stored accounts the import did not touch whose owner e-mail the directory filled. */
    accountsFilled: number;
  };
}

export type PreviewResult = ImportPreview | { ok: false; errors: CsvError[] };

export function buildImportPreview(
  files: readonly { table: CsvTable; mapping: ColumnMap; source?: CrmSource }[],
  existing: readonly Account[],
  options: ImportOptions,
  onProgress?: ImportProgress,
): PreviewResult {
  const errors: CsvError[] = [];
  for (const f of files) {
    for (const message of mappingProblems(f.mapping)) errors.push({ file: f.table.file, message });
  }
  if (errors.length > 0) return { ok: false, errors };

  const candidates: Candidate[] = [];
  const rejected: RejectedCell[] = [];
  const total = files.reduce((n, f) => n + f.table.rows.length, 0);
  // Per CRM file, each row's values: what that CRM holds (see crmImported.ts).
  const crmFiles = new Map<string, FileCrmValues>();
  let done = 0;
  const emptyValues = emptyValueSet(options.emptyValues);
  for (const f of files) {
    onProgress?.('normalizing', done, total);
    const result = tableToCandidates(f.table, f.mapping, f.source, { emptyValues });
    const field = importedFieldOf(f.source ?? detectSource(f.table.headers));
    const crm = field ? { field, mapped: mappedCrmFields(f.mapping), rows: new Map() } : null;
    if (crm) crmFiles.set(f.table.file, crm);
    for (const c of result.candidates) {
      candidates.push(c);
      crm?.rows.set(c.row, c.fields);
    }
    for (const r of result.rejected) rejected.push(r);
    done += f.table.rows.length;
  }
  onProgress?.('deduplicating', 0, candidates.length);
  const { groups, merged, separate } = dedupeCandidates(candidates, existing, options.keepSeparate);

  const score = icpScorer(options.profile);
  const owners = ownersFromRows(
    candidates.map((c) => c.fields),
    options.owners ?? [],
    options,
  );
  const fillOwner = directoryOwnerFiller(owners.directory);
  // Whether a stored owner and an imported one are one person, as the directory now knows.
  const samePerson = (a: Parameters<typeof sameOwner>[1], b: Parameters<typeof sameOwner>[2]) =>
    sameOwner(owners.directory, a, b);
  const newAccounts: Account[] = [];
  const updates: AccountUpdate[] = [];
  // Only the groups the duplicates report names need their account remembered.
  const accounts = new Map<AccountGroup, Account>();
  const named = new Set<AccountGroup>();
  for (const s of separate) if (isGroup(s.first)) named.add(s.first);
  // Accounts whose only change is the CRM values recorded: written, but nothing the user sees.
  const recorded: Account[] = [];
  let unchanged = 0;
  for (const g of groups) {
    const crm = crmValuesOfRows(g.rows, crmFiles);
    if (!g.existing) {
      const a = withImportedValues(
        fillOwner(
          withGroupDuplicates(
            newAccount(options.newId(), g.incoming, g.custom, options.now, options.defaultStatus),
            g,
          ),
        ),
        crm,
      );
      a.icpScore = score(a);
      newAccounts.push(a);
      if (g.duplicates || named.has(g)) accounts.set(g, a);
      continue;
    }
    const applied = applyIncoming(g.existing, g.incoming, g.custom, options.policy, samePerson);
    const after = withImportedValues(fillOwner(withGroupDuplicates(applied, g)), crm);
    const changes = after === g.existing ? [] : changedFields(g.existing, after);
    if (g.duplicates || named.has(g)) accounts.set(g, changes.length > 0 ? after : g.existing);
    if (changes.length === 0) {
      if (!sameCrmRecord(after, g.existing)) recorded.push({ ...after, updatedAt: options.now });
      unchanged++;
      continue;
    }
    after.updatedAt = options.now;
    after.icpScore = score(after);
    updates.push({ before: g.existing, after, changes });
  }
  const report = crmDuplicateReport(groups, separate, (g) => accounts.get(g) as Account);
  // Stored accounts this import did not match still gain the e-mails the directory learnt.
  const touched = new Set<string>();
  for (const g of groups) if (g.existing) touched.add(g.existing.id);
  let accountsFilled = 0;
  for (const before of existing) {
    if (touched.has(before.id)) continue;
    const next = fillOwner(before);
    if (next === before) continue;
    const after = { ...next, updatedAt: options.now };
    updates.push({ before, after, changes: changedFields(before, after) });
    accountsFilled++;
  }
  onProgress?.('deduplicating', candidates.length, candidates.length);
  const rejectedRows = rejectedRowCount(rejected);
  return {
    ok: true,
    files: files.map((f) => importFileSummary(f.table, f.source ?? detectSource(f.table.headers))),
    newAccounts,
    updates,
    unchanged,
    merged,
    crmDuplicates: report.groups,
    crmDuplicateRows: report.rows,
    rejected,
    put: [...newAccounts, ...updates.map((u) => u.after), ...recorded],
    counts: {
      new: newAccounts.length,
      updated: updates.length,
      merged: merged.length,
      rejected: rejectedRows,
    },
    owners: {
      put: owners.put,
      removed: owners.removed,
      added: owners.added,
      updated: owners.updated,
      accountsFilled,
    },
  };
}

/**
 * The account with the duplicate ids its group gathered. Whatever the merge policy, they are
 * recorded (they are links to CRM records, not field values), and so is the kept id when the
 * account had none: a duplicate always has an id to be merged into.
 */
function withGroupDuplicates(account: Account, g: AccountGroup): Account {
  const d = g.duplicates;
  if (!d) return account;
  let next = withDuplicateIds(account, {
    salesforce: d.salesforce?.added,
    hubspot: d.hubspot?.added,
  });
  for (const crm of CRMS) {
    const key = ID_FIELD[crm];
    const kept = g.incoming[key];
    if (d[crm] && next[key] === '' && kept) {
      if (next === g.existing) next = { ...next };
      next[key] = kept;
    }
  }
  return next;
}

/** Both steps at once with the suggested (or remembered) mappings: what the CLI runs. */
export function importAccounts(
  files: readonly ImportFile[],
  existing: readonly Account[],
  options: ImportOptions & { remembered?: Readonly<Record<string, ColumnMap>> },
  onProgress?: ImportProgress,
): PreviewResult {
  const parsed = parseImportFiles(files, options.remembered ?? {}, onProgress);
  if (!parsed.ok) return parsed;
  return buildImportPreview(parsed.files, existing, options, onProgress);
}
