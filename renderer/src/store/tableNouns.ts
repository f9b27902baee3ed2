/** What each table holds, in the words messages use ("3 accounts", "Approved TALs"). */
import type { RowTable } from '../../../shared/workspace/workspaceData';

// The table names from the workspace, not from db.ts: db.ts reaches this file through the
// store's status and errors, and an import back would close a circle.
type TableName = RowTable | 'settings';

const NOUNS: Record<TableName, [one: string, many: string]> = {
  accounts: ['account', 'accounts'],
  owners: ['owner', 'owners'],
  contacts: ['contact or lead', 'contacts and leads'],
  motions: ['motion', 'motions'],
  blackouts: ['blackout', 'blackouts'],
  icpProfiles: ['ICP profile', 'ICP profiles'],
  talSnapshots: ['approved TAL', 'approved TALs'],
  raciGrids: ['RACI grid', 'RACI grids'],
  importBatches: ['import record', 'import records'],
  columnMappings: ['remembered column mapping', 'remembered column mappings'],
  savedViews: ['saved view', 'saved views'],
  exportProfiles: ['export profile', 'export profiles'],
  conflictAcceptances: ['accepted conflict', 'accepted conflicts'],
  operatingAgreements: ['operating agreement', 'operating agreements'],
  opportunities: ['opportunity', 'opportunities'],
  settings: ['setting', 'settings'],
};

/** "1 account", "3 accounts". */
export function countOf(table: string, n: number): string {
  const [one, many] = NOUNS[table as TableName] ?? [`${table} row`, `${table} rows`];
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

/** "Accounts", "ICP profiles": a table's heading. */
export function tableHeading(table: string): string {
  const many = NOUNS[table as TableName]?.[1] ?? table;
  return /^[a-z]/.test(many) ? many.charAt(0).toUpperCase() + many.slice(1) : many;
}
