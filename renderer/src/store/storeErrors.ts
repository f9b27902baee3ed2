/**
 * What a failed write means, in words a user can act on. IndexedDB reports a full disk (or a
 * browser quota) as QuotaExceededError, but Dexie often hands it over wrapped: an AbortError
 * whose `inner` is the quota error, or a BulkError ("accounts.bulkPut(): 218 of 500
 * operations failed") whose failures are quota errors or AbortErrors of a transaction that
 * the quota aborted. Every write path (commit, undo, the import Worker) translates here.
 */
import { countOf } from './tableNouns';

/** Thrown by a write that changed nothing, with a message to show as it is. */
export class StoreWriteError extends Error {
  constructor(
    message: string,
    readonly reason: 'quota' | 'stale' | 'unavailable' | 'cancelled',
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreWriteError';
  }
}

interface ErrorLike {
  name?: unknown;
  inner?: unknown;
  cause?: unknown;
  failures?: unknown;
  failuresByPos?: unknown;
}

/** True when `err`, or any error it wraps, says the disk or the storage quota is full. */
export function isQuotaError(err: unknown, depth = 0): boolean {
  if (depth > 5 || typeof err !== 'object' || err === null) return false;
  const e = err as ErrorLike;
  if (e.name === 'QuotaExceededError') return true;
  // Old engines used a code instead of the name (DOMException.QUOTA_EXCEEDED_ERR = 22).
  if ((err as { code?: unknown }).code === 22 && e.name !== 'AbortError') return true;
  if (e.inner !== undefined && isQuotaError(e.inner, depth + 1)) return true;
  if (e.cause !== undefined && isQuotaError(e.cause, depth + 1)) return true;
  const failures = Array.isArray(e.failures)
    ? (e.failures as unknown[])
    : typeof e.failuresByPos === 'object' && e.failuresByPos !== null
      ? Object.values(e.failuresByPos)
      : [];
  return failures.some((f) => isQuotaError(f, depth + 1));
}

export function quotaMessage(action: string): string {
  return `Not enough disk space to ${action}; nothing was changed. Free some disk space, then try again.`;
}

/**
 * The error to report for a failed write of `action` ("import 100,000 accounts"): a quota
 * error becomes a StoreWriteError saying so; anything else is returned as it was. `txError`
 * is the transaction's own error, which names the quota when the requests only say "aborted".
 */
export function translateWriteError(err: unknown, action: string, txError?: unknown): unknown {
  if (err instanceof StoreWriteError) return err;
  if (isQuotaError(err) || isQuotaError(txError)) {
    return new StoreWriteError(quotaMessage(action), 'quota', { cause: err });
  }
  return err;
}

/** "Bulk edit 3 accounts" → "bulk edit 3 accounts", to follow "Not enough disk space to". */
export function actionOf(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** Rows an undo or redo would overwrite because they changed after its step, per table. */
export class StaleRowsError extends Error {
  constructor(readonly counts: Partial<Record<string, number>>) {
    super('Rows were changed since this step.');
    this.name = 'StaleRowsError';
  }
}

/** "3 accounts and 1 motion were changed", "the settings were changed". */
export function describeChangedRows(counts: Partial<Record<string, number>>): string {
  const parts: string[] = [];
  let plural = false;
  for (const [table, n] of Object.entries(counts)) {
    if (!n) continue;
    if (table === 'settings') {
      parts.push('the settings');
      plural = true;
      continue;
    }
    parts.push(countOf(table, n));
    if (n > 1) plural = true;
  }
  if (parts.length > 1) plural = true;
  const list =
    parts.length > 1
      ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`
      : (parts[0] ?? '');
  return `${list} ${plural ? 'were' : 'was'} changed`;
}

export function staleStepMessage(
  way: 'undo' | 'redo',
  label: string,
  counts: Partial<Record<string, number>>,
): string {
  return `Can't ${way} “${label}”: ${describeChangedRows(counts)} since, in this or another window; ${way === 'undo' ? 'undoing' : 'redoing'} it would overwrite those changes.`;
}
