/** Counts of open conflicts (account × rule) by severity and by rule; click a count to filter. */
import { memo } from 'react';
import { CONFLICT_RULES } from '../../../../shared/domain/types';
import type { ConflictRule, Severity } from '../../../../shared/domain/types';
import { RULE_LABELS, SEVERITY_ORDER, type Totals } from './conflictFilters';

interface Props {
  /**
   * The shown list's totals, counted with the list (useShownGroups: a slice per task for a big
   * one), not on the render that shows it (66,000 groups at full size).
   */
  totals: Totals;
  onRule: (rule: ConflictRule) => void;
  onSeverity: (severity: Severity) => void;
}

export const SummaryBar = memo(function SummaryBar({ totals, onRule, onSeverity }: Props) {
  const { bySeverity, byRule } = totals;
  return (
    <div className="conflicts-summary">
      <ul className="conflicts-severities" aria-label="Conflicts by severity">
        {SEVERITY_ORDER.map((s) => (
          <li key={s}>
            <button type="button" className={`sev sev-${s}`} onClick={() => onSeverity(s)}>
              <strong>{(bySeverity[s] ?? 0).toLocaleString()}</strong> {s}
            </button>
          </li>
        ))}
      </ul>
      <ul className="conflicts-rules" aria-label="Conflicts by rule">
        {CONFLICT_RULES.map((r) => (
          <li key={r}>
            <button type="button" onClick={() => onRule(r)}>
              {RULE_LABELS[r]}: <strong>{(byRule[r] ?? 0).toLocaleString()}</strong>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
});
