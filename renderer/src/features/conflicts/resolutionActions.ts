/**
 * Carries out a resolution as one undoable step through commit(): move a motion, exclude the
 * group's accounts from a motion, set their primary outreach team (taking them out of the
 * other side's motion), or accept the group with a note. Each reads the rows it changes in
 * the write queue (readThenCommit), so an edit made meanwhile is never written over.
 */
import {
  excludeAccounts,
  groupFingerprint,
  newAcceptance,
  setPrimaryTeam,
  motionWithDates,
} from '../../../../shared/conflicts';
import type { Resolution } from '../../../../shared/conflicts';
import type { Motion } from '../../../../shared/domain/types';
import { countOf } from '../../../../shared/text/countOf';
import { commit, readThenCommit, type PlannedWrite } from '../../store/changes';
import { readAll, readRow, readRows } from '../../store/reads';
import type { GroupSummary } from './conflictsProtocol';

async function motionById(id: string): Promise<Motion> {
  const found = await readRow('motions', id);
  if (!found) throw new Error('The motion no longer exists.');
  return found;
}

/** The change a resolution makes, from the rows as they are stored now; its label is the result. */
async function planResolution(
  resolution: Resolution,
  group: GroupSummary,
  accountIds: readonly string[],
  note: string,
): Promise<PlannedWrite<string>> {
  const now = new Date().toISOString();
  const write = (label: string, changes: PlannedWrite<string>['changes']) => ({
    label,
    changes,
    result: label,
  });
  switch (resolution.kind) {
    case 'shift-motion': {
      const motion = await motionById(resolution.motionId);
      return write(resolution.label, {
        motions: { put: [motionWithDates(motion, resolution.start, resolution.end, now)] },
      });
    }
    case 'exclude-accounts': {
      const motion = await motionById(resolution.motionId);
      const label = `Exclude ${countOf(accountIds.length, 'account')} from ${motion.name}`;
      return write(label, { motions: { put: [excludeAccounts(motion, accountIds, now)] } });
    }
    case 'set-primary-team': {
      const rows = await readRows('accounts', accountIds);
      const silenced = await Promise.all(resolution.silenceMotionIds.map(motionById));
      const label = `Make ${resolution.side} primary for ${countOf(rows.length, 'account')}`;
      return write(label, {
        accounts: { put: setPrimaryTeam(rows, resolution.side, now) },
        motions: { put: silenced.map((m) => excludeAccounts(m, accountIds, now)) },
      });
    }
    case 'accept': {
      const [motions, blackouts] = await Promise.all([readAll('motions'), readAll('blackouts')]);
      const fingerprint = groupFingerprint(group, motions, blackouts);
      return write(`Accept “${group.title}”`, {
        conflictAcceptances: { put: [newAcceptance(group.id, fingerprint, note, now)] },
      });
    }
  }
}

export function applyResolution(
  resolution: Resolution,
  group: GroupSummary,
  accountIds: readonly string[],
  note = '',
): Promise<string> {
  return readThenCommit(() => planResolution(resolution, group, accountIds, note));
}

/** Takes an acceptance back (one undo step). */
export async function withdrawAcceptance(group: GroupSummary): Promise<void> {
  await commit(`Reopen “${group.title}”`, { conflictAcceptances: { delete: [group.id] } });
}
