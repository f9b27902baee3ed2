/**
 * Starts the account import from anywhere (first-start screen, File ▸ Import…): the caller
 * picks the files while it still has the user's click, then hands them over. They wait here
 * until the accounts section takes them, whether it is already open or mounts afterwards.
 */
import type { OpenedFile } from '../../platform';

export const IMPORT_ACCOUNTS_EVENT = 'abm:import-accounts';

let pending: OpenedFile[] | null = null;

export function startAccountImport(files: OpenedFile[]): void {
  pending = files;
  window.dispatchEvent(new CustomEvent(IMPORT_ACCOUNTS_EVENT));
}

/** The files handed over and not yet imported, once. */
export function takePendingImport(): OpenedFile[] | null {
  const files = pending;
  pending = null;
  return files;
}
