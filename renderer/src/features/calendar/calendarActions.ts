/**
 * Every calendar write, each one undo step through commit(): save, duplicate, move and delete
 * motions; save and delete blackouts; import a motion file; export .ics and CSV.
 */
import type { Blackout, Motion } from '../../../../shared/domain/types';
import { randomId } from '../../../../shared/domain/ids';
import { addDays, localToday } from '../../../../shared/dates/calendarDate';
import { duplicateMotion } from '../../../../shared/motions/motionDefaults';
import { shiftedAccountDates } from '../../../../shared/motions/accountDates';
import { motionsToIcsBytes } from '../../../../shared/ics/motionCalendar';
import { exportMotionsCsv } from '../../../../shared/motions/exportMotionsCsv';
import {
  motionImportChanges,
  type MotionImportPreview,
} from '../../../../shared/motions/importMotions';
import { commit } from '../../store/changes';
import { platform } from '../../platform';
import { useUiStore } from '../../store/uiStore';
import type { AccountData } from './calendarData';

const nowIso = () => new Date().toISOString();

export async function saveMotion(motion: Motion, isNew: boolean): Promise<void> {
  const label = isNew ? `Create "${motion.name}"` : `Edit "${motion.name}"`;
  await commit(label, { motions: { put: [{ ...motion, updatedAt: nowIso() }] } });
}

export async function duplicate(motion: Motion): Promise<Motion> {
  const copy = duplicateMotion(motion, randomId(), nowIso());
  await commit(`Duplicate "${motion.name}"`, { motions: { put: [copy] } });
  return copy;
}

export async function deleteMotion(motion: Motion): Promise<void> {
  await commit(`Delete "${motion.name}"`, { motions: { delete: [motion.id] } });
}

/** Moves the start by `startDays` and the end by `endDays`; a no-op change writes nothing. */
export async function shiftMotion(
  motion: Motion,
  startDays: number,
  endDays: number,
): Promise<void> {
  if (startDays === 0 && endDays === 0) return;
  const start = addDays(motion.start, startDays);
  const end = addDays(motion.end, endDays);
  if (end < start) return;
  const moved = startDays === endDays;
  const label = moved ? `Move "${motion.name}"` : `Change dates of "${motion.name}"`;
  // A move takes the accounts' own days (waves, hand-overs) along; a resize keeps them.
  const next = { ...motion, start, end, updatedAt: nowIso() };
  if (moved && motion.accountDates)
    next.accountDates = shiftedAccountDates(motion.accountDates, startDays);
  await commit(label, { motions: { put: [next] } });
}

export async function saveBlackout(blackout: Blackout, isNew: boolean): Promise<void> {
  await commit(isNew ? `Add blackout "${blackout.reason}"` : `Edit blackout "${blackout.reason}"`, {
    blackouts: { put: [blackout] },
  });
}

export async function deleteBlackout(blackout: Blackout): Promise<void> {
  await commit(`Delete blackout "${blackout.reason}"`, { blackouts: { delete: [blackout.id] } });
}

/** Writes the whole file as one step with its import-history row; never part of it. */
export async function applyMotionImport(preview: MotionImportPreview): Promise<void> {
  const { motions, batch } = motionImportChanges(preview, randomId(), nowIso());
  await commit(`Import ${preview.file}`, {
    motions: { put: motions },
    importBatches: { put: [batch] },
  });
}

export async function exportIcs(motions: Motion[], sizes: Map<string, number>): Promise<void> {
  const bytes = motionsToIcsBytes(motions, { now: nowIso(), audienceSizes: sizes });
  const saved = await platform.saveFile({
    suggestedName: `abm-calendar-${localToday()}.ics`,
    bytes,
    filters: [{ name: 'iCalendar', extensions: ['ics'] }],
  });
  if (saved) useUiStore.getState().notify('ok', `Exported ${motions.length} motions as .ics`);
}

export async function exportCsv(motions: Motion[], data: AccountData | null): Promise<void> {
  const file = exportMotionsCsv(motions, data?.accounts ?? [], 'crm');
  const saved = await platform.saveFile({
    suggestedName: `abm-motions-${localToday()}.csv`,
    bytes: file.bytes,
    filters: [{ name: 'CSV', extensions: ['csv'] }],
  });
  const notify = useUiStore.getState().notify;
  if (saved) notify('ok', `Exported ${motions.length} motions as CSV`);
  for (const notice of file.notices) notify('info', notice);
}
