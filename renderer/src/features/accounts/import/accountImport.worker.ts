/**
 * The account import off the main thread: reads and parses the files, normalizes and dedupes
 * against the stored accounts (read here from IndexedDB, so 100,000 rows never cross the
 * thread boundary twice), hands back a preview, and on 'commit' writes the rows itself in
 * one transaction (the window records the undo step from what the write replaced). Cancel
 * before the commit terminates this Worker with nothing written; Cancel during the write
 * aborts its transaction, so nothing is written either.
 */
import {
  buildImportPreview,
  parseImportFiles,
  type ColumnMap,
  type ImportFile,
  type ImportPreview,
  type ParsedImportFile,
} from '../../../../../shared/accounts';
import { sequentialIds } from '../../../../../shared/domain/ids';
import { db } from '../../../store/db';
import { StoreWriteError } from '../../../store/storeErrors';
import { writeImport } from './importWrite';
import {
  CRM_GROUP_LIMIT,
  SAMPLE_LIMIT,
  type FileSummary,
  type FromWorker,
  type ToWorker,
} from './importProtocol';

const post = (message: FromWorker) => self.postMessage(message);
let parsed: ParsedImportFile[] = [];
let preview: ImportPreview | null = null;
// Kept so a file can be read again in the encoding the person picks in the mapping step.
let sources: ImportFile[] = [];
let rememberedMappings: Record<string, ColumnMap> = {};
/** Set while a write runs: aborting it aborts the write's transaction. */
let writing: AbortController | null = null;

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

function progress(phase: keyof typeof WEIGHT, done: number, total: number): void {
  const [from, to] = WEIGHT[phase];
  post({ type: 'progress', phase, fraction: from + (to - from) * (total ? done / total : 1) });
}

async function handle(msg: ToWorker): Promise<void> {
  if (msg.type === 'parse') {
    const result = parseImportFiles(msg.files, msg.remembered, progress);
    if (!result.ok) return post({ type: 'failed', errors: result.errors });
    parsed = result.files;
    sources = msg.files;
    rememberedMappings = msg.remembered;
    post({ type: 'parsed', files: parsed.map(summary) });
    return;
  }
  if (msg.type === 'reread') {
    const at = parsed.findIndex((f) => f.table.file === msg.name);
    const source = sources.find((f) => f.name === msg.name);
    if (at < 0 || !source) {
      return post({ type: 'failed', errors: [{ file: msg.name, message: 'The file is gone.' }] });
    }
    const result = parseImportFiles(
      [{ ...source, encoding: msg.encoding }],
      rememberedMappings,
      progress,
    );
    if (!result.ok) return post({ type: 'failed', errors: result.errors });
    const file = result.files[0] as ParsedImportFile;
    parsed[at] = file;
    preview = null;
    post({ type: 'reread', file: summary(file) });
    return;
  }
  if (msg.type === 'preview') {
    const existing = msg.existing ?? (await db.accounts.toArray());
    const owners = await db.owners.toArray();
    const ids = globalThis.crypto?.randomUUID
      ? () => globalThis.crypto.randomUUID()
      : sequentialIds('acc');
    const result = buildImportPreview(
      parsed.map((f) => ({
        table: f.table,
        mapping: msg.mappings[f.table.file] ?? f.mapping,
        source: f.source,
      })),
      existing,
      {
        policy: msg.policy,
        defaultStatus: msg.defaultStatus,
        now: msg.now,
        newId: ids,
        profile: msg.profile,
        emptyValues: msg.emptyValues,
        keepSeparate: msg.keepSeparate === 'all' ? 'all' : new Set(msg.keepSeparate),
        owners,
      },
      progress,
    );
    if (!result.ok) return post({ type: 'failed', errors: result.errors });
    preview = result;
    post({
      type: 'preview',
      summary: {
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
      },
    });
    return;
  }
  if (msg.type === 'cancel-write') {
    writing?.abort();
    return;
  }
  if (msg.type === 'commit' && preview) {
    writing = new AbortController();
    try {
      await writeImport(preview.put, msg.batch, msg.mappings, preview.owners.put, {
        signal: writing.signal,
        post,
      });
    } catch (err) {
      if (err instanceof StoreWriteError && err.reason === 'cancelled') {
        return post({ type: 'cancelled' });
      }
      throw err;
    } finally {
      writing = null;
    }
    preview = null;
    post({ type: 'committed' });
    return;
  }
}

self.onmessage = (e: MessageEvent<ToWorker>) => {
  handle(e.data).catch((err: unknown) =>
    post({
      type: 'failed',
      errors: [{ file: '', message: err instanceof Error ? err.message : String(err) }],
    }),
  );
};
