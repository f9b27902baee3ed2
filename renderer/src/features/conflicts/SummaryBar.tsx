/** Counts of open conflicts (account × rule) by severity and by rule; click a count to filter. */
import { useMemo } from 'react';
import { CONFLICT_RULES } from '../../../../shared/domain/types';
import type { ConflictRule, Severity } from '../../../../shared/domain/types';
import { RULE_LABELS, SEVERITY_ORDER, type ShownGroup } from './conflictFilters';

interface Props {
  groups: readonly ShownGroup[];
  onRule: (rule: ConflictRule) => void;
  onSeverity: (severity: Severity) => void;
}

function totals(groups: readonly ShownGroup[]) {
  const severity: Partial<Record<Severity, number>> = {};
  const rule: Partial<Record<ConflictRule, number>> = {};
  for (const g of groups) {
    if (g.accepted) continue;
    severity[g.severity] = (severity[g.severity] ?? 0) + g.shownCount;
    rule[g.rule] = (rule[g.rule] ?? 0) + g.shownCount;
  }
  return {
    bySeverity: { get: (s: Severity) => severity[s] },
    byRule: { get: (r: ConflictRule) => rule[r] },
  };
}

export function SummaryBar({ groups, onRule, onSeverity }: Props) {
  // Counted once per list, not on every render of the view (66,000 groups at full size).
  const { bySeverity, byRule } = useMemo(() => totals(groups), [groups]);
  return (
    <div className="conflicts-summary">
      <ul className="conflicts-severities" aria-label="Conflicts by severity">
        {SEVERITY_ORDER.map((s) => (
          <li key={s}>
            <button type="button" className={`sev sev-${s}`} onClick={() => onSeverity(s)}>
              <strong>{(bySeverity.get(s) ?? 0).toLocaleString()}</strong> {s}
            </button>
          </li>
        ))}
      </ul>
      <ul className="conflicts-rules" aria-label="Conflicts by rule">
        {CONFLICT_RULES.map((r) => (
          <li key={r}>
            <button type="button" onClick={() => onRule(r)}>
              {RULE_LABELS[r]}: <strong>{(byRule.get(r) ?? 0).toLocaleString()}</strong>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
