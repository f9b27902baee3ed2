/** Workspace settings: one row, read with the defaults filled in, written as an undo step. */
import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_SETTINGS } from '../../../shared/domain/defaults';
import type { Settings } from '../../../shared/domain/types';
import { db } from './db';
import { commit } from './changes';

export function withDefaults(stored: Partial<Settings> | undefined): Settings {
  return { ...DEFAULT_SETTINGS, ...stored };
}

export async function loadSettings(): Promise<Settings> {
  const row = await db.settings.get('settings');
  return withDefaults(row?.value);
}

export function useSettings(): Settings {
  return useLiveQuery(loadSettings, [], DEFAULT_SETTINGS);
}

export async function saveSettings(
  patch: Partial<Settings>,
  label = 'Change settings',
): Promise<void> {
  const current = await loadSettings();
  await commit(label, {
    settings: { put: [{ key: 'settings', value: { ...current, ...patch } }] },
  });
}
