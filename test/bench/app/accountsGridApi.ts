/**
 * The account grid's API for the benchmark hooks, without a seam in the product: AG Grid's
 * global grid options (provideGlobalGridOptions) add a model-updated listener to every grid
 * the app creates, and the listener keeps the API of the one with the account columns. The
 * product's own options win over global ones, so this only adds a listener it does not set.
 */
import { provideGlobalGridOptions, type GridApi, type ModelUpdatedEvent } from 'ag-grid-community';
import type { Account } from '../../../shared/domain/types';

let latest: GridApi<Account> | null = null;

export function followAccountsGrid(): void {
  provideGlobalGridOptions({
    onModelUpdated: (e: ModelUpdatedEvent) => {
      if (e.api.getColumn('annualRevenue')) latest = e.api as GridApi<Account>;
    },
  });
}

/** The mounted account grid's API, or null while the Accounts section is not shown. */
export function accountsGridApi(): GridApi<Account> | null {
  return latest && !latest.isDestroyed() ? latest : null;
}
