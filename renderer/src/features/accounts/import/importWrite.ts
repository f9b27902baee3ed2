/**
 * The import Worker's write: the previewed rows, the owners they name, the batch and the remembered mappings in
 * one transaction (all or nothing), with progress, abortable while it runs. Then what it
 * replaced (the undo), the accounts' field-level patch, and the fingerprints of what it wrote (what undo checks) go back to
 * the window in chunks. A full disk is reported as such ("Not enough disk space to import
 * 100,000 accounts; nothing was changed."), through the store's one translation.
 */
import type {
  Account,
  ColumnMapping,
  ImportBatch,
  Owner,
} from '../../../../../shared/domain/types';
import type { TableName } from '../../../store/db';
import type { ChangeSet } from '../../../store/history';
import { applyWritten } from '../../../store/applyChanges';
import type { AccountPatch } from '../../../store/accountPatch';
import { importChangeSet } from './importRecord';
import type { WriteEvent } from './importProtocol';

const REPLACED_ROWS = 1000;
const KEYS_PER_MESSAGE = 10_000;

export function importAction(rows: number): string {
  return `import ${rows.toLocaleString()} ${rows === 1 ? 'account' : 'accounts'}`;
}

export async function writeImport(
  rows: Account[],
  batch: ImportBatch,
  mappings: ColumnMapping[],
  owners: Owner[],
  {
    signal,
    emit: post,
    removedOwners = [],
  }: {
    signal: AbortSignal;
    emit: (event: WriteEvent) => void;
    /** Bare-name owners the import folded into the person of that name. */
    removedOwners?: string[];
  },
): Promise<void> {
  const changes = importChangeSet(rows, batch, mappings, owners, removedOwners);
  await writeAndReport(changes, { signal, emit: post, action: importAction(rows.length) });
}

/**
 * Writes a change set from a Worker in one transaction, with progress, abortable while it
 * runs; then sends back what it replaced (the undo), the accounts' field-level patch, and the fingerprints of what it wrote
 * (what undo checks), in chunks. Every import Worker writes this way (accounts, results).
 */
export async function writeAndReport(
  changes: ChangeSet,
  {
    signal,
    emit: post,
    action,
  }: { signal: AbortSignal; emit: (event: WriteEvent) => void; action: string },
): Promise<void> {
  const { before, prints, accounts, rev } = await applyWritten(changes, {
    signal,
    action,
    onProgress: (done, total) =>
      post({ type: 'progress', phase: 'writing', fraction: total ? done / total : 1 }),
  });
  // What the write replaced goes back in chunks, like the rows would have.
  for (const [table, change] of Object.entries(before)) {
    const t = table as TableName;
    if (change.clear) post({ type: 'replaced', table: t, clear: true });
    const puts = change.put ?? [];
    for (let i = 0; i < puts.length; i += REPLACED_ROWS)
      post({ type: 'replaced', table: t, put: puts.slice(i, i + REPLACED_ROWS) });
    const deletes = change.delete ?? [];
    for (let i = 0; i < deletes.length; i += KEYS_PER_MESSAGE)
      post({ type: 'replaced', table: t, delete: deletes.slice(i, i + KEYS_PER_MESSAGE) });
  }
  if (accounts) postAccountPatch(accounts, rev, post);
  for (const [table, map] of Object.entries(prints)) {
    const entries = [...map.entries()];
    for (let i = 0; i < entries.length; i += KEYS_PER_MESSAGE) {
      const part = entries.slice(i, i + KEYS_PER_MESSAGE);
      post({
        type: 'written',
        table: table as TableName,
        keys: JSON.stringify(part.map(([k]) => k)),
        prints: Float64Array.from(part, ([, p]) => p ?? NaN),
      });
    }
  }
}

/** The accounts' patch in parts, then its revision (the window reads the added rows there). */
function postAccountPatch(
  patch: AccountPatch,
  rev: string | null,
  post: (event: WriteEvent) => void,
): void {
  const ids = patch.added.ids;
  for (let i = 0; i < ids.length; i += KEYS_PER_MESSAGE)
    post({ type: 'accounts', added: ids.slice(i, i + KEYS_PER_MESSAGE) });
  for (let i = 0; i < patch.removed.length; i += REPLACED_ROWS)
    post({ type: 'accounts', removed: patch.removed.slice(i, i + REPLACED_ROWS) });
  for (const f of patch.fields) {
    for (let i = 0; i < f.ids.length; i += KEYS_PER_MESSAGE) {
      const [from, to] = [i, i + KEYS_PER_MESSAGE];
      const field = {
        field: f.field,
        ids: f.ids.slice(from, to),
        old: f.old.slice(from, to),
        new: f.new.slice(from, to),
      };
      post({ type: 'accounts', field });
    }
  }
  post({ type: 'accounts', rev, exact: patch.exact });
}
