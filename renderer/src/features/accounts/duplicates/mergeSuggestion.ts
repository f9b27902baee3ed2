/**
 * Writes a confirmed possible duplicate: the merged account, the others deleted, and the
 * motions and blackouts that named them pointed at the survivor, in one commit (one undo
 * step). "Not duplicates" is kept in the workspace settings, so it survives a restart and a
 * backup, and is itself undoable.
 */
import type { Account, IcpProfile } from '../../../../../shared/domain/types';
import {
  icpScorer,
  mergeStoredAccounts,
  retargetAccountReferences,
  type DuplicateSuggestion,
} from '../../../../../shared/accounts';
import { commit } from '../../../store/changes';
import { db } from '../../../store/db';
import { loadSettings, saveSettings } from '../../../store/settings';

export async function mergeSuggestion(
  accounts: readonly Account[],
  profile: IcpProfile | null,
): Promise<Account> {
  const now = new Date().toISOString();
  const merge = mergeStoredAccounts(accounts, now);
  // Filled fields may change the score; without a profile the stored score stands.
  const survivor = profile
    ? { ...merge.survivor, icpScore: icpScorer(profile)(merge.survivor) }
    : merge.survivor;
  const [motions, blackouts] = await Promise.all([db.motions.toArray(), db.blackouts.toArray()]);
  const refs = retargetAccountReferences(motions, blackouts, merge.removedIds, survivor.id, now);
  await commit(`Merge ${accounts.length} accounts into ${survivor.name}`, {
    accounts: { put: [survivor], delete: merge.removedIds },
    ...(refs.motions.length > 0 && { motions: { put: refs.motions } }),
    ...(refs.blackouts.length > 0 && { blackouts: { put: refs.blackouts } }),
  });
  return survivor;
}

export async function dismissSuggestion(suggestion: DuplicateSuggestion): Promise<void> {
  const { notDuplicates } = await loadSettings();
  if (notDuplicates.includes(suggestion.key)) return;
  await saveSettings(
    { notDuplicates: [...notDuplicates, suggestion.key] },
    `Mark ${suggestion.registrableDomain} accounts as not duplicates`,
  );
}
