/**
 * The live findings of the open grid. Clicking one puts the caret on its cell, row or
 * column; the list is recomputed on every change, so a fixed problem disappears at once.
 */
import type { Settings } from '../../../../shared/domain/types';
import type { RaciFinding } from '../../../../shared/raci/validate';
import { countBySeverity } from '../../../../shared/raci/validate';
import { saveSettings } from '../../store/settings';

interface Props {
  findings: RaciFinding[];
  settings: Settings;
  onPick: (finding: RaciFinding) => void;
}

/** The two RACI settings, next to the findings they change (each change is an undo step). */
function RuleSettings({ settings }: { settings: Settings }) {
  return (
    <details className="raci-rule-settings">
      <summary>Check settings</summary>
      <label className="raci-field">
        <span>Warn above this many Consulted per activity</span>
        <input
          type="number"
          min={0}
          max={50}
          value={settings.maxConsultedPerActivity}
          onChange={(e) => {
            if (e.target.value === '') return;
            const n = Number(e.target.value);
            if (Number.isInteger(n) && n >= 0)
              void saveSettings({ maxConsultedPerActivity: n }, 'Change RACI Consulted limit');
          }}
        />
      </label>
      <label className="raci-check">
        <input
          type="checkbox"
          checked={settings.raciRequireInformedAccountable}
          onChange={(e) =>
            void saveSettings(
              { raciRequireInformedAccountable: e.target.checked },
              'Change RACI informed-Accountable rule',
            )
          }
        />
        Warn when the Accountable does not do the work and nobody is marked Informed
      </label>
    </details>
  );
}

export function ValidationPanel({ findings, settings, onPick }: Props) {
  const { errors, warnings } = countBySeverity(findings);
  return (
    <section className="raci-validation" aria-labelledby="raci-validation-heading">
      <h2 id="raci-validation-heading">
        Checks{' '}
        <span className="raci-counts" aria-live="polite">
          {errors} {errors === 1 ? 'error' : 'errors'}, {warnings}{' '}
          {warnings === 1 ? 'warning' : 'warnings'}
        </span>
      </h2>
      {findings.length === 0 ? (
        <p className="raci-ok">Every activity has one Accountable and a Responsible.</p>
      ) : (
        <ul aria-label="Findings">
          {findings.map((f) => (
            <li key={f.id}>
              <button
                type="button"
                className={`raci-finding raci-finding-${f.severity}`}
                onClick={() => onPick(f)}
              >
                <span className="raci-finding-kind">
                  {f.severity === 'error' ? 'Error' : 'Warning'}
                </span>{' '}
                {f.message}
              </button>
            </li>
          ))}
        </ul>
      )}
      <RuleSettings settings={settings} />
    </section>
  );
}
