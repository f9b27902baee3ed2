/**
 * The conflict list as CSV for the weekly execution review: one row per account and rule for
 * the groups on screen, Excel-safe (BOM, formula cells neutralized) because people open it there.
 */
import { writeCsvBytes } from '../../../../shared/csv/writeCsv';
import type { ConflictAcceptance, Motion } from '../../../../shared/domain/types';
import { platform } from '../../platform';
import { askWorker } from './conflictsClient';
import { RULE_LABELS } from './conflictFilters';
import type { GroupSummary } from './conflictsProtocol';

/** Excel's row limit; more would not open. */
const MAX_ROWS = 1_048_575;

const HEADERS = [
  'Conflict id',
  'Rule',
  'Severity',
  'Status',
  'Note',
  'Account id',
  'Account',
  'Motions',
  'First day',
  'Last day',
  'Explanation',
];

export async function exportConflictCsv(
  groups: readonly Pick<GroupSummary, 'ref' | 'rule'>[],
  tiers: number[] | null,
  motions: readonly Motion[],
  acceptances: ReadonlyMap<string, ConflictAcceptance>,
): Promise<{ saved: boolean; rows: number; capped: boolean }> {
  // No answer only before the first detection run, when there is nothing to export.
  const conflicts =
    (await askWorker('conflictRows', {
      groups: groups.map((g) => ({ ref: g.ref, rule: g.rule })),
      tiers,
      limit: MAX_ROWS,
    })) ?? [];
  const names = new Map(motions.map((m) => [m.id, m.name]));
  const rows = conflicts.map((c) => {
    const accepted = acceptances.get(c.groupId);
    return [
      c.id,
      RULE_LABELS[c.rule],
      c.severity,
      accepted ? 'accepted' : 'open',
      accepted?.note ?? '',
      c.accountId,
      c.accountName,
      c.motionIds.map((id) => names.get(id) ?? id).join(' | '),
      c.window.first,
      c.window.last,
      c.explanation,
    ];
  });
  const bytes = writeCsvBytes(HEADERS, rows, { mode: 'excel' });
  const saved = await platform.saveFile({
    suggestedName: `conflicts-${new Date().toISOString().slice(0, 10)}.csv`,
    bytes,
    filters: [{ name: 'CSV', extensions: ['csv'] }],
  });
  return { saved, rows: rows.length, capped: rows.length >= MAX_ROWS };
}
