/**
 * Conflict counts before → after, by rule and severity, for the whole plan: "after" is for
 * the changes ticked now (the worker recounts as ticks change; "…" while it does).
 */
import { CONFLICT_RULES, type Severity } from '../../../../shared/domain/types';
import type { ConflictCounts } from '../../../../shared/planner';
import { RULE_LABELS, SEVERITY_ORDER } from '../conflicts/conflictFilters';

interface Props {
  before: ConflictCounts;
  after: ConflictCounts | null;
}

function Cell({ before, after }: { before: number; after: number | null }) {
  const changed = after !== null && after !== before;
  return (
    <td className={changed ? (after < before ? 'fewer' : 'more') : undefined}>
      {before.toLocaleString()} → <strong>{after === null ? '…' : after.toLocaleString()}</strong>
    </td>
  );
}

export function CountsTable({ before, after }: Props) {
  const rows = CONFLICT_RULES.filter((r) =>
    SEVERITY_ORDER.some((s) => before.byRule[r][s] > 0 || (after?.byRule[r][s] ?? 0) > 0),
  );
  const cells = (of: (c: ConflictCounts, s: Severity) => number) =>
    SEVERITY_ORDER.map((s) => (
      <Cell key={s} before={of(before, s)} after={after === null ? null : of(after, s)} />
    ));
  return (
    <table
      className="plan-counts"
      aria-label="Conflicts before and after"
      aria-busy={after === null}
    >
      <thead>
        <tr>
          <th scope="col">Rule</th>
          {SEVERITY_ORDER.map((s) => (
            <th key={s} scope="col" className={`sev-${s}`}>
              {s[0]!.toUpperCase() + s.slice(1)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr className="plan-counts-total">
          <th scope="row">All rules</th>
          {cells((c, s) => c.bySeverity[s])}
        </tr>
        {rows.map((r) => (
          <tr key={r}>
            <th scope="row">{RULE_LABELS[r]}</th>
            {cells((c, s) => c.byRule[r][s])}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
