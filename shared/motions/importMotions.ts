/**
 * Motion CSV import as one pure function (the app and the CLI both call it): bytes plus the
 * workspace's accounts and motions in, a preview out — rows that will be new, rows that will
 * update a motion (matched by workbench id, then Salesforce id, then name), and every rejected
 * cell named by file, row, column and value. Nothing is written unless the whole file is clean.
 * The file's encoding can be chosen instead of detected; day/month dates are read in one
 * order per column, and when a column cannot show its order the preview asks instead.
 */
import type { Account, ImportBatch, IsoDateTime, Motion } from '../domain/types';
import type { IdGenerator } from '../domain/ids';
import { readCsv, type CsvError, type EncodingSource, type TextEncodingName } from '../csv';
import type { DateOrder, DateOrderSetting } from '../dates/dateOrder';
import { toSalesforceId18 } from '../accounts/salesforceId';
import { columnOfHeader, OWN_HEADERS, type MotionColumn } from './motionCsvColumns';
import { MOTION_COLORS, newMotion } from './motionDefaults';
import { accountLookup, parseMotionRow } from './motionRowParser';
import { accountDatesOutside } from './accountDatesCsv';
import {
  dateColumnNotice,
  decideDateColumns,
  type DateOrderQuestion,
  type MotionDateColumn,
} from './motionDates';
import { validateMotion, type MotionField } from './validateMotion';

/** Rows of the file shown under the encoding picker. */
const PREVIEW_ROWS = 5;

export interface MotionImportContext {
  accounts: readonly Pick<Account, 'id' | 'domain' | 'salesforceId'>[];
  motions: readonly Motion[];
  newId: IdGenerator;
  now: IsoDateTime;
  /** Read the file in this encoding instead of the detected one. */
  encoding?: TextEncodingName;
  /** The person's answer (or --date-order) for columns whose values do not show their order. */
  dateOrder?: DateOrder;
  /** The workspace's date-order setting, used when there is no answer. */
  dateOrderSetting?: DateOrderSetting;
}

export interface MotionImportError extends CsvError {
  /** The cell's text, when the problem is one cell. */
  value?: string;
}

export type MatchedBy = 'workbench id' | 'salesforce id' | 'name';

export interface MotionImportRow {
  row: number;
  action: 'new' | 'update';
  matchedBy: MatchedBy | null;
  motion: Motion;
  previous: Motion | null;
}

export interface MotionImportPreview {
  file: string;
  format: 'salesforce' | 'workbench';
  rows: MotionImportRow[];
  errors: MotionImportError[];
  counts: { new: number; updated: number; rejected: number };
  notices: string[];
  /** What the file was read as (null when it could not be read). */
  encoding: TextEncodingName | null;
  /** True when the decoded text looks wrong: the encoding picker deserves a look. */
  encodingSuspect: boolean;
  /** The notice that says the reading looks wrong, for the picker to show (null when it does not). */
  encodingWarning: string | null;
  /** How the encoding was decided (null when the file could not be read). */
  encodingSource: EncodingSource | null;
  /** The header and first rows as decoded: the encoding picker's live preview. */
  headers: string[];
  sample: string[][];
  /** How each date column is read. */
  dateColumns: MotionDateColumn[];
  /** Set when a date column cannot show its order and nobody decided: ask, then preview again. */
  dateQuestion: DateOrderQuestion | null;
  /** True when the file is clean and holds at least one motion: import all or nothing. */
  canImport: boolean;
}

const FIELD_COLUMN: Partial<Record<MotionField, MotionColumn>> = {
  name: 'name',
  kind: 'kind',
  team: 'team',
  channel: 'channel',
  start: 'start',
  end: 'end',
  touchesPerWeek: 'touchesPerWeek',
  budget: 'budget',
  status: 'status',
  color: 'color',
  'audience.tiers': 'tiers',
  'audience.segments': 'segments',
};
const OWN_HEADER = new Map(OWN_HEADERS);

function fatal(file: string, error: MotionImportError): MotionImportPreview {
  return {
    file,
    format: 'workbench',
    rows: [],
    errors: [error],
    counts: { new: 0, updated: 0, rejected: 0 },
    notices: [],
    encoding: null,
    encodingSuspect: false,
    encodingWarning: null,
    encodingSource: null,
    headers: [],
    sample: [],
    dateColumns: [],
    dateQuestion: null,
    canImport: false,
  };
}

export function previewMotionImport(
  file: string,
  input: Uint8Array | string,
  ctx: MotionImportContext,
): MotionImportPreview {
  const table = readCsv(file, input, ctx.encoding ? { encoding: ctx.encoding } : {});
  if (!table.ok) return fatal(file, table.error);
  const columnIndex = new Map<MotionColumn, number>();
  const ignored: string[] = [];
  table.headers.forEach((header, i) => {
    const column = columnOfHeader(header);
    if (column && !columnIndex.has(column)) columnIndex.set(column, i);
    else ignored.push(header);
  });
  if (!columnIndex.has('name')) {
    return fatal(file, {
      file,
      row: 1,
      message: 'The file has no "Name" column, so no row can be read as a motion.',
    });
  }
  const headerOf = (column: MotionColumn): string => {
    const i = columnIndex.get(column);
    return i === undefined ? (OWN_HEADER.get(column) ?? column) : (table.headers[i] as string);
  };
  const format =
    columnIndex.has('kind') || columnIndex.has('team') || columnIndex.has('tiers')
      ? 'workbench'
      : 'salesforce';
  const notices = [...table.notices];
  if (ignored.length > 0) notices.push(`Columns not imported: ${ignored.join(', ')}.`);
  const dates = decideDateColumns(table, columnIndex, ctx.dateOrder, ctx.dateOrderSetting);
  for (const c of dates.columns) {
    const notice = dateColumnNotice(c);
    if (notice) notices.push(notice);
  }
  const read = {
    file,
    format,
    notices,
    encoding: table.encoding,
    encodingSuspect: table.encodingSuspect,
    encodingWarning: table.encodingWarning,
    encodingSource: table.encodingSource,
    headers: table.headers,
    sample: table.rows.slice(0, PREVIEW_ROWS),
    dateColumns: dates.columns,
  } as const;
  if (dates.question) {
    // No row can be read before the question is answered; nothing is guessed meanwhile.
    return {
      ...read,
      rows: [],
      errors: [],
      counts: { new: 0, updated: 0, rejected: 0 },
      dateQuestion: dates.question,
      canImport: false,
    };
  }
  const readsMatch = columnIndex.has('audienceMatch');

  const byId = new Map(ctx.motions.map((m) => [m.id, m]));
  const bySalesforceId = new Map<string, Motion>();
  const byName = new Map<string, Motion>();
  for (const m of ctx.motions) {
    if (m.salesforceId) bySalesforceId.set(toSalesforceId18(m.salesforceId) ?? m.salesforceId, m);
    if (!byName.has(m.name.trim().toLowerCase())) byName.set(m.name.trim().toLowerCase(), m);
  }
  // Parent campaigns may be in the file itself: ParentId → the parent's name.
  const nameOfCampaign = new Map<string, string>();
  for (const m of ctx.motions) if (m.salesforceId) nameOfCampaign.set(m.salesforceId, m.name);
  const sfCol = columnIndex.get('salesforceId');
  const nameCol = columnIndex.get('name') as number;
  for (const cells of table.rows) {
    const sf = sfCol === undefined ? null : toSalesforceId18(cells[sfCol] ?? '');
    if (sf) nameOfCampaign.set(sf, (cells[nameCol] ?? '').trim());
  }

  const lookup = accountLookup(ctx.accounts);
  const decimal = table.delimiter === ';' ? ',' : '.';
  const rows: MotionImportRow[] = [];
  const errors: MotionImportError[] = [];
  const claimed = new Map<string, number>();
  const outside = { accounts: 0, rows: [] as number[] };
  let rejected = 0;
  table.rows.forEach((cells, r) => {
    const rowNumber = table.rowNumbers[r] as number;
    const cell = (column: MotionColumn): string | undefined => {
      const i = columnIndex.get(column);
      return i === undefined ? undefined : (cells[i] ?? '');
    };
    const rowErrors: MotionImportError[] = [];
    const problem = (column: MotionColumn, value: string | undefined, message: string) => {
      const e: MotionImportError = { file, row: rowNumber, column: headerOf(column), message };
      if (value !== undefined) e.value = value;
      rowErrors.push(e);
    };

    const name = (cell('name') ?? '').trim();
    const wbId = (cell('workbenchId') ?? '').trim();
    const sfId = toSalesforceId18(cell('salesforceId') ?? '');
    let previous: Motion | null = null;
    let matchedBy: MatchedBy | null = null;
    if (wbId && byId.has(wbId)) [previous, matchedBy] = [byId.get(wbId) as Motion, 'workbench id'];
    else if (sfId && bySalesforceId.has(sfId))
      [previous, matchedBy] = [bySalesforceId.get(sfId) as Motion, 'salesforce id'];
    else if (name && byName.has(name.toLowerCase()))
      [previous, matchedBy] = [byName.get(name.toLowerCase()) as Motion, 'name'];

    const id = previous?.id ?? (wbId && !byId.has(wbId) ? wbId : ctx.newId());
    const claimKey = previous
      ? `id:${previous.id}`
      : sfId
        ? `sf:${sfId}`
        : `name:${name.toLowerCase()}`;
    const earlier = claimed.get(claimKey);
    if (earlier !== undefined) {
      problem(
        matchedBy === 'salesforce id' || (!previous && sfId) ? 'salesforceId' : 'name',
        cell('name'),
        `repeats the motion of row ${earlier}`,
      );
    } else {
      claimed.set(claimKey, rowNumber);
    }

    const color = MOTION_COLORS[(ctx.motions.length + r) % MOTION_COLORS.length] as string;
    const base = previous ?? newMotion(id, '1970-01-01', ctx.now, { color, name: '' });
    const parsed = parseMotionRow({
      cell,
      base,
      isNew: previous === null,
      decimal,
      lookup,
      readDate: (column, raw) => dates.read(column, rowNumber, raw),
    });
    for (const p of parsed.problems) problem(p.column, p.value, p.message);
    const motion = { ...parsed.motion, updatedAt: ctx.now };
    const parentId = toSalesforceId18(cell('parentId') ?? '');
    if (parentId && !(cell('parentProgram') ?? '').trim())
      motion.parentProgram = nameOfCampaign.get(parentId) ?? parentId;

    if (parsed.problems.length === 0) {
      for (const p of validateMotion(motion)) {
        const column = FIELD_COLUMN[p.field] ?? 'name';
        const value = cell(column);
        problem(column, value, p.message.replace(/\.$/, ''));
      }
    }
    if (rowErrors.length > 0) {
      rejected++;
      for (const e of rowErrors) errors.push(e);
      return;
    }
    const beyond = accountDatesOutside(motion);
    if (beyond > 0) {
      outside.accounts += beyond;
      outside.rows.push(rowNumber);
    }
    rows.push({ row: rowNumber, action: previous ? 'update' : 'new', matchedBy, motion, previous });
  });
  if (outside.accounts > 0)
    notices.push(
      `${outside.accounts} account(s) in "${headerOf('accountDates')}" have days outside their motion's dates (${outside.rows.length === 1 ? 'row' : 'rows'} ${outside.rows.slice(0, 5).join(', ')}${outside.rows.length > 5 ? ', …' : ''}): an account's own days only narrow the motion's, so the motion's dates apply there.`,
    );
  if (table.rows.length === 0)
    errors.push({ file, message: 'The file holds a header but no motions.' });
  const unitedRows = readsMatch ? [] : rows.filter((r) => r.motion.audience.match === 'any');
  if (unitedRows.length > 0 && unitedRows.some((r) => r.previous?.audience.match !== 'any')) {
    notices.push(
      `No "Audience match" column: ${unitedRows.length} motion(s) name tiers and segments and, as in files written before the column existed, reach accounts in any of them (match any).`,
    );
  }
  const counts = {
    new: rows.filter((r) => r.action === 'new').length,
    updated: rows.filter((r) => r.action === 'update').length,
    rejected,
  };
  return {
    ...read,
    rows,
    errors,
    counts,
    dateQuestion: null,
    canImport: errors.length === 0 && rows.length > 0,
  };
}

/** The motions to write and the import-history row, for one all-or-nothing commit. */
export function motionImportChanges(
  preview: MotionImportPreview,
  batchId: string,
  now: IsoDateTime,
): { motions: Motion[]; batch: ImportBatch } {
  if (!preview.canImport) throw new Error(`${preview.file} has problems; nothing was imported.`);
  return {
    motions: preview.rows.map((r) => r.motion),
    batch: {
      id: batchId,
      kind: 'motions',
      files: [preview.file],
      at: now,
      counts: { new: preview.counts.new, updated: preview.counts.updated, merged: 0, rejected: 0 },
    },
  };
}
