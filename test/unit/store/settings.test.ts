import { beforeEach, describe, expect, it } from 'vitest';
import { db, resetDb } from '../../../renderer/src/store/db';
import { loadSettings, saveSettings } from '../../../renderer/src/store/settings';
import { history } from '../../../renderer/src/store/changes';
import { DEFAULT_SETTINGS } from '../../../shared/domain/defaults';
import type { Settings } from '../../../shared/domain/types';

beforeEach(() => {
  resetDb(`test-${Math.random()}`);
  history.clear();
});

describe('stored settings', () => {
  it('a settings row saved before the date order and duplicate settings existed reads their defaults', async () => {
    const { dateOrder: _d, notDuplicates: _n, ...older } = DEFAULT_SETTINGS;
    await db.settings.put({
      key: 'settings',
      value: { ...older, weeklyTouchCap: 5 } as unknown as Settings,
    });
    const settings = await loadSettings();
    expect(settings.dateOrder).toBe('ask');
    expect(settings.notDuplicates).toEqual([]);
    expect(settings.weeklyTouchCap).toBe(5);
  });

  it('a settings row saved before person pressure reads its cap and severity, keeping the other severities', async () => {
    const { personTouchCap: _c, ...older } = DEFAULT_SETTINGS;
    const { 'person-pressure': _p, ...severities } = DEFAULT_SETTINGS.severities;
    await db.settings.put({
      key: 'settings',
      value: { ...older, severities: { ...severities, blackout: 'info' } } as unknown as Settings,
    });
    const settings = await loadSettings();
    expect(settings.personTouchCap).toBe(2);
    expect(settings.severities['person-pressure']).toBe('warn');
    expect(settings.severities.blackout).toBe('info');
  });

  it('a chosen date order is kept', async () => {
    await saveSettings({ dateOrder: 'dmy' });
    expect((await loadSettings()).dateOrder).toBe('dmy');
  });
});
