/**
 * The tables a merge walks, each with the field that keys its rows. The settings are one
 * record (key 'settings') so that they merge field by field like any row.
 */
import { ROW_TABLES, type RowTable, type WorkspaceData } from '../workspace/workspaceData';

export type MergeTable = RowTable | 'settings';
export const MERGE_TABLES: readonly MergeTable[] = [...ROW_TABLES, 'settings'];
export const SETTINGS_KEY = 'settings';

export type Row = Record<string, unknown>;

export function keyField(table: MergeTable): string {
  return table === 'columnMappings' ? 'signature' : 'id';
}

/** The rows of a table as a list (the settings as a list of one). */
export function tableRows(data: WorkspaceData, table: MergeTable): Row[] {
  if (table === 'settings') return [data.settings as unknown as Row];
  return data[table] as unknown as Row[];
}

export function rowKey(table: MergeTable, row: Row): string {
  return table === 'settings' ? SETTINGS_KEY : String(row[keyField(table)]);
}

/** Structural equality of two JSON values (field values of rows). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.hasOwn(b, k)) return false;
    if (!sameValue((a as Row)[k], (b as Row)[k])) return false;
  }
  return true;
}
