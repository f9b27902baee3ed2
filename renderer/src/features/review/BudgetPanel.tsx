/**
 * The quarter's budget from the motions: per side against its allocation (with the
 * over-allocation warned), per team and per channel by month.
 */
import type { BudgetLine, BudgetRollup } from '../../../../shared/results';
import { money } from './format';

function LinesTable<K extends string>(props: {
  label: string;
  rollup: BudgetRollup;
  lines: BudgetLine<K>[];
}) {
  const { rollup, lines } = props;
  return (
    <table className="review-table" aria-label={`Budget by ${props.label.toLowerCase()}`}>
      <thead>
        <tr>
          <th scope="col">{props.label}</th>
          {rollup.months.map((m) => (
            <th key={m.label} scope="col">
              {m.label}
            </th>
          ))}
          <th scope="col">Quarter</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => (
          <tr key={l.key}>
            <th scope="row">{l.key}</th>
            {l.months.map((v, i) => (
              <td key={i}>{money(v)}</td>
            ))}
            <td>{money(l.total)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function BudgetPanel({ rollup }: { rollup: BudgetRollup }) {
  return (
    <>
      {rollup.warnings.length > 0 && (
        <ul role="alert" aria-label="Budget warnings">
          {rollup.warnings.map((w) => (
            <li key={w} className="review-warning">
              {w}
            </li>
          ))}
        </ul>
      )}
      <table className="review-table" aria-label="Budget against allocation">
        <thead>
          <tr>
            <th scope="col">Budget</th>
            <th scope="col">Planned by the motions</th>
            <th scope="col">Allocated</th>
            <th scope="col">Over</th>
          </tr>
        </thead>
        <tbody>
          {rollup.bySide.map((s) => (
            <tr key={s.side}>
              <th scope="row">{s.label}</th>
              <td>{money(s.planned)}</td>
              <td>{s.allocated === null ? 'not set' : money(s.allocated)}</td>
              <td>{s.over === null ? '—' : money(s.over)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rollup.withoutBudget > 0 && (
        <p className="review-muted">
          {rollup.withoutBudget} motion(s) of the quarter have no budget set.
        </p>
      )}
      <div className="review-split">
        <LinesTable label="Team" rollup={rollup} lines={rollup.byTeam} />
        <LinesTable label="Channel" rollup={rollup} lines={rollup.byChannel} />
      </div>
    </>
  );
}
