/**
 * The results import as pure functions (the app's Worker and the CLI run the same code):
 * Salesforce opportunities reports and HubSpot deals exports, read like every CSV import
 * (readCsv: encodings, delimiters, limits, report footers), mapped like the account import
 * (suggested, remembered by header signature, corrected by the person), dates read one
 * order per column (motionDates.ts), and every opportunity matched to an account
 * (accountMatch.ts). A bad cell is reported with its file, row, column and value and the
 * whole import is refused: nothing is written unless every row is clean. Unmatched
 * opportunities are imported and listed, never dropped.
 */
import type {
  AccountMatchedBy,
  ImportBatch,
  IsoDateTime,
  Opportunity,
  OpportunityCrm,
} from '../domain/types';
import { readCsv, type CsvError, type CsvTable, type TextEncodingName } from '../csv';
import { headerSignature } from '../accounts/columnMapping';
import { parseNumber } from '../accounts/parseNumber';
import { checkSalesforceId, toSalesforceId18 } from '../accounts/salesforceId';
import type { DateOrder, DateOrderSetting } from '../dates/dateOrder';
import {
  dateColumnNotice,
  decideDateColumns,
  type DateOrderQuestion,
} from '../motions/motionDates';
import { accountMatcher, type MatchAccount } from './accountMatch';
import { outcomeOfStage } from './outcome';
import {
  applyRememberedOpportunityMapping,
  detectResultsCrm,
  OPPORTUNITY_FIELDS,
  opportunityMappingProblems,
  suggestOpportunityMapping,
  type OpportunityColumnMap,
  type OpportunityField,
} from './opportunityColumns';

export interface ResultsImportFile {
  name: string;
  bytes: Uint8Array | string;
  /** Read the file in this encoding instead of the detected one (the person's choice). */
  encoding?: TextEncodingName;
}

export interface ParsedResultsFile {
  table: CsvTable;
  /** null: the headers do not show which CRM wrote it (decided from the ids at preview). */
  crm: OpportunityCrm | null;
  signature: string;
  mapping: OpportunityColumnMap;
  remembered: boolean;
}

/**
 * The key a results file's mapping is remembered under: the account import's header
 * signature, marked so a results mapping is never offered to an accounts file.
 */
export function resultsSignature(headers: readonly string[]): string {
  return `results\u001f${headerSignature(headers)}`;
}

export function parseResultsFiles(
  files: readonly ResultsImportFile[],
  remembered: Readonly<Record<string, Record<string, string>>> = {},
): { ok: true; files: ParsedResultsFile[] } | { ok: false; errors: CsvError[] } {
  const parsed: ParsedResultsFile[] = [];
  const errors: CsvError[] = [];
  for (const file of files) {
    const table = readCsv(file.name, file.bytes, file.encoding ? { encoding: file.encoding } : {});
    if (!table.ok) {
      errors.push(table.error);
      continue;
    }
    const signature = resultsSignature(table.headers);
    const saved = remembered[signature];
    parsed.push({
      table,
      crm: detectResultsCrm(table.headers),
      signature,
      mapping: saved
        ? applyRememberedOpportunityMapping(table.headers, saved)
        : suggestOpportunityMapping(table.headers),
      remembered: saved !== undefined,
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, files: parsed };
}

export interface ResultsImportOptions {
  accounts: readonly MatchAccount[];
  /** The opportunities stored now: a row with the same CRM id updates its opportunity. */
  existing: readonly Opportunity[];
  now: IsoDateTime;
  /** The person's answer (or --date-order) for date columns whose values do not show their order. */
  dateOrder?: DateOrder;
  dateOrderSetting?: DateOrderSetting;
}

export interface ResultsImportError extends CsvError {
  /** The cell's text, when the problem is one cell. */
  value?: string;
}

export interface UnmatchedRow {
  file: string;
  row: number;
  opportunity: Opportunity;
  reason: string;
}

export interface ResultsPreview {
  files: {
    name: string;
    crm: OpportunityCrm;
    rows: number;
    encoding: TextEncodingName;
    delimiter: string;
    notices: string[];
  }[];
  /** Every opportunity the files hold, new, changed or unchanged. */
  opportunities: Opportunity[];
  /** The rows to write: new and changed opportunities. */
  put: Opportunity[];
  counts: { new: number; updated: number; unchanged: number; unmatched: number; rejected: number };
  matchedBy: Record<AccountMatchedBy, number>;
  unmatched: UnmatchedRow[];
  errors: ResultsImportError[];
  /** Set when a date column cannot show its order and nobody decided: ask, then preview again. */
  dateQuestion: DateOrderQuestion | null;
  notices: string[];
  /** Clean, with at least one opportunity: import all or nothing. */
  canImport: boolean;
}

/** The fields compared to tell an unchanged opportunity (the import time is not one). */
function sameOpportunity(a: Opportunity, b: Opportunity): boolean {
  const keys = Object.keys(a).filter((k) => k !== 'importedAt') as (keyof Opportunity)[];
  return keys.length === Object.keys(b).length - 1 && keys.every((k) => a[k] === b[k]);
}

/**
 * A date-time as CRM exports write it ("2027-02-14 10:00", "1/10/2027 9:03 AM",
 * "2027-02-14T10:00:00Z"): the day as written is the day meant, so the time is dropped.
 */
const TRAILING_TIME =
  /^(\S+?)[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,5}))?$/;

export function withoutTime(raw: string): string {
  const m = TRAILING_TIME.exec(raw.trim());
  return m ? (m[1] as string) : raw.trim();
}

/** The table with its date columns' times dropped (a copy: the parsed file stays as read). */
function withDatesOnly(table: CsvTable, columns: readonly number[]): CsvTable {
  if (columns.length === 0) return table;
  const rows = table.rows.map((cells) => {
    const copy = cells.slice();
    for (const c of columns) copy[c] = withoutTime(copy[c] ?? '');
    return copy;
  });
  return { ...table, rows };
}

const SALESFORCE_ID = /^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/;

/** A file whose headers do not say: Salesforce when every id is one, else HubSpot. */
function crmOf(f: { table: CsvTable; mapping: OpportunityColumnMap; crm: OpportunityCrm | null }) {
  if (f.crm) return f.crm;
  const idColumn = f.table.headers.findIndex((h) => f.mapping[h] === 'crmId');
  const ids = f.table.rows.map((r) => (r[idColumn] ?? '').trim());
  return ids.every((id) => SALESFORCE_ID.test(id)) ? 'salesforce' : 'hubspot';
}

export function buildResultsPreview(
  files: readonly { table: CsvTable; mapping: OpportunityColumnMap; crm: OpportunityCrm | null }[],
  options: ResultsImportOptions,
): ResultsPreview {
  const errors: ResultsImportError[] = [];
  const notices: string[] = [];
  const unmatched: UnmatchedRow[] = [];
  const opportunities: Opportunity[] = [];
  const put: Opportunity[] = [];
  const counts = { new: 0, updated: 0, unchanged: 0, unmatched: 0, rejected: 0 };
  const matchedBy: Record<AccountMatchedBy, number> = { 'crm id': 0, domain: 0, name: 0 };
  const existing = new Map(options.existing.map((o) => [o.id, o]));
  const match = accountMatcher(options.accounts);
  const seen = new Map<string, { file: string; row: number }>();
  let dateQuestion: DateOrderQuestion | null = null;
  const summaries: ResultsPreview['files'] = [];

  for (const f of files) {
    const { mapping } = f;
    const dateColumns = f.table.headers.flatMap((h, i) =>
      mapping[h] === 'createdDate' || mapping[h] === 'closeDate' ? [i] : [],
    );
    const table = withDatesOnly(f.table, dateColumns);
    const file = table.file;
    for (const message of opportunityMappingProblems(mapping)) errors.push({ file, message });
    const crm = crmOf({ ...f, table });
    summaries.push({
      name: file,
      crm,
      rows: table.rows.length,
      encoding: table.encoding,
      delimiter: table.delimiter,
      notices: table.notices,
    });
    for (const n of table.notices) notices.push(n.startsWith(file) ? n : `${file}: ${n}`);
    if (errors.some((e) => e.file === file)) continue;
    const index = new Map<OpportunityField, number>();
    table.headers.forEach((h, i) => {
      const field = mapping[h];
      if (field) index.set(field, i);
    });
    const header = (field: OpportunityField) =>
      table.headers[index.get(field) ?? -1] ??
      OPPORTUNITY_FIELDS.find((x) => x.field === field)?.label ??
      field;
    const dateIndex = new Map<string, number>();
    if (index.has('createdDate')) dateIndex.set('created', index.get('createdDate') as number);
    if (index.has('closeDate')) dateIndex.set('close', index.get('closeDate') as number);
    const dates = decideDateColumns(table, dateIndex, options.dateOrder, options.dateOrderSetting, [
      'created',
      'close',
    ] as const);
    for (const c of dates.columns) {
      const notice = dateColumnNotice(c);
      if (notice) notices.push(`${file}: ${notice}`);
    }
    if (dates.question) {
      dateQuestion ??= dates.question;
      continue;
    }
    const decimal = table.delimiter === ';' ? ',' : '.';
    table.rows.forEach((cells, r) => {
      const row = table.rowNumbers[r] as number;
      const cell = (field: OpportunityField) => {
        const i = index.get(field);
        return i === undefined ? '' : (cells[i] ?? '').trim();
      };
      const rowErrors: ResultsImportError[] = [];
      const problem = (field: OpportunityField, message: string) =>
        rowErrors.push({ file, row, column: header(field), message, value: cell(field) });

      let crmId = cell('crmId');
      if (crmId === '') problem('crmId', 'the ID is empty; every opportunity needs its CRM ID');
      else if (crm === 'salesforce') {
        const checked = checkSalesforceId(crmId);
        if (checked.ok) crmId = checked.id;
        else problem('crmId', checked.reason);
      } else if (!/^\d+$/.test(crmId)) {
        problem('crmId', `"${crmId}" is not a HubSpot record ID (a HubSpot ID is digits only)`);
      }
      const amount = parseNumber(cell('amount'), decimal);
      if (!amount.ok) problem('amount', amount.reason);
      const stage = cell('stage');
      if (stage === '') problem('stage', 'the stage is empty, so won, lost or open cannot be told');
      const createdRaw = cell('createdDate');
      const created = dates.read('created', row, createdRaw);
      if (!created.ok) problem('createdDate', created.reason);
      const closeRaw = cell('closeDate');
      const close = closeRaw === '' ? null : dates.read('close', row, closeRaw);
      if (close && !close.ok) problem('closeDate', close.reason);

      const id = `${crm}:${crmId}`;
      const earlier = seen.get(id);
      if (crmId !== '' && earlier) {
        problem(
          'crmId',
          `repeats the opportunity of ${earlier.file === file ? '' : `${earlier.file}, `}row ${earlier.row}`,
        );
      } else if (crmId !== '') seen.set(id, { file, row });
      if (rowErrors.length > 0) {
        counts.rejected++;
        for (const e of rowErrors) errors.push(e);
        return;
      }
      // HubSpot lists several associated companies as "123;456": the first is the primary.
      const rawAccountId = cell('accountCrmId').split(/[;,]/, 1)[0]?.trim() ?? '';
      const accountCrmId =
        crm === 'salesforce' ? (toSalesforceId18(rawAccountId) ?? rawAccountId) : rawAccountId;
      const base = {
        crm,
        accountCrmId,
        accountDomain: cell('accountDomain'),
        accountName: cell('accountName'),
      };
      const found = match(base);
      const opportunity: Opportunity = {
        id,
        crmId,
        name: cell('name'),
        amount: amount.ok ? amount.value : null,
        stage,
        outcome: outcomeOfStage(stage),
        createdDate: created.ok ? created.date : '',
        closeDate: close?.ok ? close.date : null,
        type: cell('type'),
        leadSource: cell('leadSource'),
        campaignSource: cell('campaignSource'),
        ...base,
        accountId: found.accountId,
        matchedBy: found.matchedBy,
        importedAt: options.now,
      };
      opportunities.push(opportunity);
      if (found.accountId === null) {
        counts.unmatched++;
        unmatched.push({ file, row, opportunity, reason: found.reason });
      } else matchedBy[found.matchedBy]++;
      const before = existing.get(id);
      if (before && sameOpportunity(opportunity, before)) counts.unchanged++;
      else {
        put.push(opportunity);
        counts[before ? 'updated' : 'new']++;
      }
    });
  }
  return {
    files: summaries,
    opportunities,
    put,
    counts,
    matchedBy,
    unmatched,
    errors,
    dateQuestion,
    notices,
    canImport: errors.length === 0 && dateQuestion === null && opportunities.length > 0,
  };
}

/** The rows to write and the import-history row, for one all-or-nothing commit. */
export function resultsImportChanges(
  preview: ResultsPreview,
  batchId: string,
  now: IsoDateTime,
): { opportunities: Opportunity[]; batch: ImportBatch } {
  if (!preview.canImport) {
    throw new Error(
      `${preview.files.map((f) => f.name).join(', ')}: problems; nothing was imported.`,
    );
  }
  return {
    opportunities: preview.put,
    batch: {
      id: batchId,
      kind: 'results',
      files: preview.files.map((f) => f.name),
      at: now,
      counts: {
        new: preview.counts.new,
        updated: preview.counts.updated,
        merged: 0,
        rejected: 0,
      },
    },
  };
}

/** Both steps with the suggested (or remembered) mappings: what the CLI runs. */
export function importResults(
  files: readonly ResultsImportFile[],
  options: ResultsImportOptions & { remembered?: Readonly<Record<string, Record<string, string>>> },
): { ok: false; errors: CsvError[] } | ({ ok: true } & ResultsPreview) {
  const parsed = parseResultsFiles(files, options.remembered ?? {});
  if (!parsed.ok) return parsed;
  return { ok: true, ...buildResultsPreview(parsed.files, options) };
}
