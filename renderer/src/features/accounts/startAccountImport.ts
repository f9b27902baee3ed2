/**
 * Starts the account import from anywhere (first-start screen, File ▸ Import…, the accounts
 * toolbar): the accounts section listens for this event and opens the file picker.
 */
export const IMPORT_ACCOUNTS_EVENT = 'abm:import-accounts';

export function startAccountImport(): void {
  window.dispatchEvent(new CustomEvent(IMPORT_ACCOUNTS_EVENT));
}
