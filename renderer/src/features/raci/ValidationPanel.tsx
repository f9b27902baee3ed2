/**
 * The live findings of the open grid. Clicking one puts the caret on its cell, row or
 * column; the list is recomputed on every change, so a fixed problem disappears at once.
 */
import type { RaciFinding } from '../../../../shared/raci/validate';
import { countBySeverity } from '../../../../shared/raci/validate';

interface Props {
  findings: RaciFinding[];
  onPick: (finding: RaciFinding) => void;
}

export function ValidationPanel({ findings, onPick }: Props) {
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
    </section>
  );
}
