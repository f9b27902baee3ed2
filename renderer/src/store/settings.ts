/** Workspace settings: one row, read with the defaults filled in, written as an undo step. */
import { DEFAULT_SETTINGS } from '../../../shared/domain/defaults';
import type { Settings } from '../../../shared/domain/types';
import { readThenCommit } from './changes';
import { useLive } from './liveTables';
import { readSettings, withDefaults } from './reads';

export { withDefaults };

export const loadSettings = readSettings;

/** The settings, live; the defaults until the first read completes. */
export function useSettings(): Settings {
  return useLive('settings') ?? DEFAULT_SETTINGS;
}

/**
 * Writes `patch` over the stored settings as one undo step. A function patch is given the
 * settings as stored at the moment of the write (read in the write queue, so a concurrent
 * change is never overwritten with an older copy) and returns null to write nothing.
 */
export function saveSettings(
  patch: Partial<Settings> | ((current: Settings) => Partial<Settings> | null),
  label = 'Change settings',
): Promise<void> {
  return readThenCommit(async () => {
    const current = await readSettings();
    const change = typeof patch === 'function' ? patch(current) : patch;
    return {
      label,
      changes: change && {
        settings: { put: [{ key: 'settings', value: { ...current, ...change } }] },
      },
      result: undefined,
    };
  });
}
