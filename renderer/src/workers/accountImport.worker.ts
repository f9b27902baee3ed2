/**
 * The account import off the main thread: reads and parses the files, normalizes and dedupes
 * against the stored accounts (read here from IndexedDB, so 100,000 rows never cross the
 * thread boundary twice), hands back a preview, and on 'commit' writes the rows itself in
 * one transaction (the window records the undo step from what the write replaced). Cancel
 * before the commit terminates this Worker with nothing written.
 */
import {
  buildImportPreview,
  parseImportFiles,
  type ImportPreview,
  type ParsedImportFile,
} from '../../../shared/accounts';
import { sequentialIds } from '../../../shared/domain/ids';
import { db, type TableName } from '../store/db';
import { applyChanges } from '../store/applyChanges';
import { importChangeSet } from '../features/accounts/import/importRecord';
import {
  SAMPLE_LIMIT,
  type FromWorker,
  type ToWorker,
} from '../features/accounts/import/importProtocol';

const post = (message: FromWorker) => self.postMessage(message);
const REPLACED_ROWS = 1000;
const REPLACED_KEYS = 10_000;
let parsed: ParsedImportFile[] = [];
let preview: ImportPreview | null = null;

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
    post({
      type: 'parsed',
      files: parsed.map((f) => ({
        name: f.table.file,
        headers: f.table.headers,
        sample: f.table.rows.slice(0, 5),
        rows: f.table.rows.length,
        source: f.source,
        signature: f.signature,
        mapping: f.mapping,
        remembered: f.remembered,
        encoding: f.table.encoding,
        delimiter: f.table.delimiter,
        notices: f.table.notices,
      })),
    });
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
  if (msg.type === 'commit' && preview) {
    const replaced = await applyChanges(
      importChangeSet(preview.put, msg.batch, msg.mappings, preview.owners.put),
    );
    // What the write replaced goes back in chunks, like the rows would have.
    for (const [table, change] of Object.entries(replaced)) {
      const t = table as TableName;
      if (change.clear) post({ type: 'replaced', table: t, clear: true });
      const puts = change.put ?? [];
      for (let i = 0; i < puts.length; i += REPLACED_ROWS)
        post({ type: 'replaced', table: t, put: puts.slice(i, i + REPLACED_ROWS) });
      const deletes = change.delete ?? [];
      for (let i = 0; i < deletes.length; i += REPLACED_KEYS)
        post({ type: 'replaced', table: t, delete: deletes.slice(i, i + REPLACED_KEYS) });
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
