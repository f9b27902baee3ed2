/**
 * The account import off the main thread: reads and parses the files, normalizes and dedupes
 * against the stored accounts (read here from IndexedDB, so 100,000 rows never cross the
 * thread boundary twice), hands back a preview, and on 'commit' writes the rows itself in
 * one transaction (the window records the undo step from what the write replaced). Cancel
 * before the commit terminates this Worker with nothing written; Cancel during the write
 * cancels the commit call, which aborts its transaction, so nothing is written either.
 */
import {
  buildImportPreview,
  parseImportFiles,
  type ColumnMap,
  type ImportFile,
  type ImportPreview,
  type ParsedImportFile,
} from '../../../../../shared/accounts';
import { randomId, sequentialIds } from '../../../../../shared/domain/ids';
import { readAll } from '../../../store/reads';
import { StoreWriteError } from '../../../store/storeErrors';
import { writeImport } from './importWrite';
import type { CsvError } from '../../../../../shared/csv';
import { serve, type CallContext } from '../../../platform/workerRpc';
import {
  CRM_GROUP_LIMIT,
  SAMPLE_LIMIT,
  type CommitRequest,
  type FileSummary,
  type ImportProgress,
  type ParseRequest,
  type PreviewRequest,
  type PreviewSummary,
  type RereadRequest,
  type WriteEvent,
} from './importProtocol';

/** A failed call names the files and rows it could not read. */
type ImportContext<Event = ImportProgress> = CallContext<Event, CsvError[]>;

let parsed: ParsedImportFile[] = [];
let preview: ImportPreview | null = null;
// Kept so a file can be read again in the encoding the person picks in the mapping step.
let sources: ImportFile[] = [];
let rememberedMappings: Record<string, ColumnMap> = {};

function summary(f: ParsedImportFile): FileSummary {
  return {
    name: f.table.file,
    headers: f.table.headers,
    sample: f.table.rows.slice(0, 5),
    rows: f.table.rows.length,
    source: f.source,
    signature: f.signature,
    mapping: f.mapping,
    remembered: f.remembered,
    encoding: f.table.encoding,
    encodingSource: f.table.encodingSource,
    encodingWarning: f.table.encodingWarning,
    delimiter: f.table.delimiter,
    notices: f.table.notices,
    nonNumeric: f.nonNumeric,
  };
}

const WEIGHT = { reading: [0, 0.4], normalizing: [0.4, 0.8], deduplicating: [0.8, 1] } as const;

/** Reports each phase's progress as a share of the whole. */
function progressTo(context: ImportContext) {
  return (phase: keyof typeof WEIGHT, done: number, total: number): void => {
    const [from, to] = WEIGHT[phase];
    context.emit({
      type: 'progress',
      phase,
      fraction: from + (to - from) * (total ? done / total : 1),
    });
  };
}

const failWith = <E>(context: ImportContext<E>, errors: CsvError[]): never =>
  context.fail(errors.map((e) => e.message).join('\n'), errors);

const handlers = {
  parse(ask: ParseRequest, context: ImportContext): FileSummary[] {
    const result = parseImportFiles(ask.files, ask.remembered, progressTo(context));
    if (!result.ok) return failWith(context, result.errors);
    parsed = result.files;
    sources = ask.files;
    rememberedMappings = ask.remembered;
    return parsed.map(summary);
  },

  reread(ask: RereadRequest, context: ImportContext): FileSummary {
    const at = parsed.findIndex((f) => f.table.file === ask.name);
    const source = sources.find((f) => f.name === ask.name);
    if (at < 0 || !source)
      return failWith(context, [{ file: ask.name, message: 'The file is gone.' }]);
    const result = parseImportFiles(
      [{ ...source, encoding: ask.encoding }],
      rememberedMappings,
      progressTo(context),
    );
    if (!result.ok) return failWith(context, result.errors);
    const file = result.files[0] as ParsedImportFile;
    parsed[at] = file;
    preview = null;
    return summary(file);
  },

  async preview(ask: PreviewRequest, context: ImportContext): Promise<PreviewSummary> {
    const existing = ask.existing ?? (await readAll('accounts'));
    const owners = await readAll('owners');
    // randomId: UUIDs from 4 KB blocks of getRandomValues (randomUUID costs ~4 µs an id in Chromium).
    const ids =
      typeof globalThis.crypto?.getRandomValues === 'function' ? randomId : sequentialIds('acc');
    const result = buildImportPreview(
      parsed.map((f) => ({
        table: f.table,
        mapping: ask.mappings[f.table.file] ?? f.mapping,
        source: f.source,
      })),
      existing,
      {
        policy: ask.policy,
        defaultStatus: ask.defaultStatus,
        now: ask.now,
        newId: ids,
        profile: ask.profile,
        emptyValues: ask.emptyValues,
        keepSeparate: ask.keepSeparate === 'all' ? 'all' : new Set(ask.keepSeparate),
        owners,
      },
      progressTo(context),
    );
    if (!result.ok) return failWith(context, result.errors);
    preview = result;
    return {
      counts: result.counts,
      unchanged: result.unchanged,
      files: result.files,
      newSample: result.newAccounts.slice(0, SAMPLE_LIMIT),
      updateSample: result.updates.slice(0, SAMPLE_LIMIT),
      merged: result.merged.slice(0, SAMPLE_LIMIT),
      crmDuplicates: result.crmDuplicates.slice(0, CRM_GROUP_LIMIT),
      crmDuplicateGroups: result.crmDuplicates.length,
      crmDuplicateRows: result.crmDuplicateRows,
      rejected: result.rejected.slice(0, SAMPLE_LIMIT * 5),
      rejectedCells: result.rejected.length,
      putCount: result.put.length,
      owners: {
        added: result.owners.added,
        updated: result.owners.updated,
        accountsFilled: result.owners.accountsFilled,
      },
    };
  },

  /**
   * Writes the previewed import. Cancelling the call aborts the write's transaction, and
   * the call answers "cancelled" with nothing written; a write that committed first stands.
   */
  async commit(ask: CommitRequest, context: ImportContext<WriteEvent>): Promise<void> {
    const written = preview;
    if (!written)
      return failWith(context, [{ file: '', message: 'Nothing to import: the preview is gone.' }]);
    try {
      await writeImport(written.put, ask.batch, ask.mappings, written.owners.put, {
        removedOwners: written.owners.removed,
        signal: context.signal,
        emit: context.emit,
      });
    } catch (err) {
      // The cancelled write's error makes serve() answer "cancelled"; any other is a failure.
      if (err instanceof StoreWriteError && err.reason === 'cancelled') throw err;
      return failWith(context, [
        { file: '', message: err instanceof Error ? err.message : String(err) },
      ]);
    }
    preview = null;
  },
};

/** What the window may ask this worker: the types of importClient's calls. */
export type ImportWorker = typeof handlers;

serve(handlers);
