/**
 * Carries out a resolution as one undoable step through commit(): move a motion, exclude the
 * group's accounts from a motion, set their primary outreach team (taking them out of the
 * other side's motion), or accept the group with a note.
 */
import {
  excludeAccounts,
  groupFingerprint,
  newAcceptance,
  setPrimaryTeam,
  motionWithDates,
} from '../../../../shared/conflicts';
import type { Resolution } from '../../../../shared/conflicts';
import type { Account, Motion } from '../../../../shared/domain/types';
import { countOf } from '../../../../shared/text/countOf';
import { commit } from '../../store/changes';
import { db } from '../../store/db';
import type { GroupSummary } from './conflictsProtocol';

async function motionById(id: string): Promise<Motion> {
  const found = await db.motions.get(id);
  if (!found) throw new Error('The motion no longer exists.');
  return found;
}

export async function applyResolution(
  resolution: Resolution,
  group: GroupSummary,
  accountIds: readonly string[],
  note = '',
): Promise<string> {
  const now = new Date().toISOString();
  switch (resolution.kind) {
    case 'shift-motion': {
      const motion = await motionById(resolution.motionId);
      await commit(resolution.label, {
        motions: { put: [motionWithDates(motion, resolution.start, resolution.end, now)] },
      });
      return resolution.label;
    }
    case 'exclude-accounts': {
      const motion = await motionById(resolution.motionId);
      const label = `Exclude ${countOf(accountIds.length, 'account')} from ${motion.name}`;
      await commit(label, { motions: { put: [excludeAccounts(motion, accountIds, now)] } });
      return label;
    }
    case 'set-primary-team': {
      const rows = (await db.accounts.bulkGet([...accountIds])).filter(
        (a): a is Account => a !== undefined,
      );
      const silenced = await Promise.all(resolution.silenceMotionIds.map(motionById));
      const label = `Make ${resolution.side} primary for ${countOf(rows.length, 'account')}`;
      await commit(label, {
        accounts: { put: setPrimaryTeam(rows, resolution.side, now) },
        motions: { put: silenced.map((m) => excludeAccounts(m, accountIds, now)) },
      });
      return label;
    }
    case 'accept': {
      const [motions, blackouts] = await Promise.all([
        db.motions.toArray(),
        db.blackouts.toArray(),
      ]);
      const fingerprint = groupFingerprint(group, motions, blackouts);
      const label = `Accept “${group.title}”`;
      await commit(label, {
        conflictAcceptances: { put: [newAcceptance(group.id, fingerprint, note, now)] },
      });
      return label;
    }
  }
}

/** Takes an acceptance back (one undo step). */
export async function withdrawAcceptance(group: GroupSummary): Promise<void> {
  await commit(`Reopen “${group.title}”`, { conflictAcceptances: { delete: [group.id] } });
}
