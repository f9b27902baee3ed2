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
import { readThenCommit } from '../../../store/changes';
import { readAll } from '../../../store/reads';
import { saveSettings } from '../../../store/settings';

export function mergeSuggestion(
  accounts: readonly Account[],
  profile: IcpProfile | null,
): Promise<Account> {
  const now = new Date().toISOString();
  const merge = mergeStoredAccounts(accounts, now);
  // Filled fields may change the score; without a profile the stored score stands.
  const survivor = profile
    ? { ...merge.survivor, icpScore: icpScorer(profile)(merge.survivor) }
    : merge.survivor;
  // The motions are read in the write queue: one edited meanwhile keeps that edit.
  return readThenCommit(async () => {
    const [motions, blackouts] = await Promise.all([readAll('motions'), readAll('blackouts')]);
    const refs = retargetAccountReferences(motions, blackouts, merge.removedIds, survivor.id, now);
    return {
      label: `Merge ${accounts.length} accounts into ${survivor.name}`,
      changes: {
        accounts: { put: [survivor], delete: merge.removedIds },
        ...(refs.motions.length > 0 && { motions: { put: refs.motions } }),
        ...(refs.blackouts.length > 0 && { blackouts: { put: refs.blackouts } }),
      },
      result: survivor,
    };
  });
}

export function dismissSuggestion(suggestion: DuplicateSuggestion): Promise<void> {
  return saveSettings(
    ({ notDuplicates }) =>
      notDuplicates.includes(suggestion.key)
        ? null
        : { notDuplicates: [...notDuplicates, suggestion.key] },
    `Mark ${suggestion.registrableDomain} accounts as not duplicates`,
  );
}
