/**
 * Workspace settings in one dialog: fiscal year, the date order of imports, the conflict
 * rules (weekly cap, severities, which channels reach a person and which count as email),
 * RACI checks, TAL thresholds and the Salesforce field names. Saving is one undo step.
 */
import { useEffect, useRef, useState } from 'react';
import {
  CHANNELS,
  CONFLICT_RULES,
  type Channel,
  type Settings,
} from '../../../../shared/domain/types';
import { DEFAULT_SETTINGS } from '../../../../shared/domain/defaults';
import { MONTH_NAMES } from '../../../../shared/dates/parseUserDate';
import type { DateOrderSetting } from '../../../../shared/dates/dateOrder';
import { saveSettings, useSettings } from '../../store/settings';
import { useUiStore } from '../../store/uiStore';
import { SETTINGS_EVENT } from './openSettings';
import './settings.css';

/** How an import reads 03/02/2027 when a column's own values do not show the order. */
const DATE_ORDER_LABELS: Record<DateOrderSetting, string> = {
  ask: 'Ask in the import',
  dmy: 'Day first (03/02/2027 is 3 February)',
  mdy: 'Month first (03/02/2027 is March 2)',
};

const RULE_LABELS: Record<(typeof CONFLICT_RULES)[number], string> = {
  'cross-team': 'Cross-team collision (both email; other channels one step lower)',
  'same-channel': 'Same-channel double booking',
  'contact-pressure': 'Contact pressure',
  'primary-owner': 'Primary-owner violation',
  blackout: 'Blackout violation',
  'messaging-clash': 'Messaging clash',
  'off-list': 'Off-list targeting',
  'person-pressure': 'Person pressure (touches per contact a week)',
};

function toggle(list: Channel[], channel: Channel, on: boolean): Channel[] {
  return on ? [...new Set([...list, channel])] : list.filter((c) => c !== channel);
}

export function SettingsDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  const stored = useSettings();
  const [draft, setDraft] = useState<Settings>(stored);
  const notify = useUiStore((s) => s.notify);

  useEffect(() => {
    const open = () => {
      setDraft(structuredClone(stored));
      ref.current?.showModal();
    };
    window.addEventListener(SETTINGS_EVENT, open);
    return () => window.removeEventListener(SETTINGS_EVENT, open);
  }, [stored]);

  const set = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const num = (key: keyof Settings, min: number) => ({
    type: 'number' as const,
    min,
    value: String(draft[key] as number),
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
      const n = Number(e.target.value);
      if (e.target.value !== '' && Number.isFinite(n) && n >= min) set(key, n as never);
    },
  });

  const save = async () => {
    await saveSettings(draft, 'Change settings');
    ref.current?.close();
    notify('ok', 'Settings saved. Undo puts the previous ones back.');
  };

  return (
    <dialog ref={ref} className="dialog settings-dialog" aria-labelledby="settings-heading">
      <h2 id="settings-heading">Settings</h2>
      <div className="settings-grid">
        <fieldset>
          <legend>Planning</legend>
          <label>
            Fiscal year starts in
            <select
              value={draft.fiscalYearStartMonth}
              onChange={(e) => set('fiscalYearStartMonth', Number(e.target.value))}
            >
              {MONTH_NAMES.map((m, i) => (
                <option key={m} value={i + 1}>
                  {m}
                </option>
              ))}
            </select>
          </label>
          <label>
            Dates such as 03/02/2027 in imports
            <select
              value={draft.dateOrder}
              onChange={(e) => set('dateOrder', e.target.value as DateOrderSetting)}
            >
              {(Object.keys(DATE_ORDER_LABELS) as DateOrderSetting[]).map((o) => (
                <option key={o} value={o}>
                  {DATE_ORDER_LABELS[o]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Tier 1 accounts per owner before a warning
            <input {...num('tier1CapacityPerOwner', 0)} />
          </label>
          <label>
            Quarterly turnover budget (%)
            <input {...num('turnoverBudgetPercent', 0)} />
          </label>
        </fieldset>
        <fieldset>
          <legend>Duplicate outreach</legend>
          <label>
            Weekly touch cap per account
            <input {...num('weeklyTouchCap', 0)} />
          </label>
          <label>
            Weekly touch cap per person
            <input {...num('personTouchCap', 0)} />
          </label>
          {CONFLICT_RULES.map((rule) => (
            <label key={rule}>
              {RULE_LABELS[rule]}
              <select
                value={draft.severities[rule]}
                onChange={(e) =>
                  set('severities', { ...draft.severities, [rule]: e.target.value as never })
                }
              >
                <option value="block">block</option>
                <option value="warn">warn</option>
                <option value="info">info</option>
              </select>
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Channels</legend>
          <table className="settings-channels">
            <thead>
              <tr>
                <th scope="col">Channel</th>
                <th scope="col">Reaches a person</th>
                <th scope="col">Counts as email</th>
              </tr>
            </thead>
            <tbody>
              {CHANNELS.map((c) => (
                <tr key={c}>
                  <th scope="row">{c}</th>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`${c} reaches a person`}
                      checked={draft.directChannels.includes(c)}
                      onChange={(e) =>
                        set('directChannels', toggle(draft.directChannels, c, e.target.checked))
                      }
                    />
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`${c} counts as email`}
                      checked={draft.emailChannels.includes(c)}
                      onChange={(e) =>
                        set('emailChannels', toggle(draft.emailChannels, c, e.target.checked))
                      }
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </fieldset>
        <fieldset>
          <legend>RACI checks</legend>
          <label>
            Most Consulted roles per activity
            <input {...num('maxConsultedPerActivity', 0)} />
          </label>
          <label className="settings-check">
            <input
              type="checkbox"
              checked={draft.raciRequireInformedAccountable}
              onChange={(e) => set('raciRequireInformedAccountable', e.target.checked)}
            />
            Warn when the Accountable differs from the Responsible and nobody is Informed
          </label>
        </fieldset>
        <fieldset>
          <legend>Salesforce custom fields (API names)</legend>
          {(['tier', 'target', 'campaigns'] as const).map((k) => (
            <label key={k}>
              {k === 'tier' ? 'ABM tier' : k === 'target' ? 'Target account' : 'ABM campaigns'}
              <input
                value={draft.salesforceFields[k]}
                onChange={(e) =>
                  set('salesforceFields', { ...draft.salesforceFields, [k]: e.target.value.trim() })
                }
              />
            </label>
          ))}
        </fieldset>
      </div>
      <div className="settings-actions">
        <button type="button" onClick={() => setDraft(structuredClone(DEFAULT_SETTINGS))}>
          Restore defaults
        </button>
        <button type="button" onClick={() => ref.current?.close()}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={() => void save()}>
          Save settings
        </button>
      </div>
    </dialog>
  );
}
