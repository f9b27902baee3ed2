/** Coverage per tier: targets, untouched, touches per account against the plan, with bars. */
import type { QuarterReview } from '../../../../shared/results';
import { CoverageBars, tierLabel } from './CoverageBars';
import { count } from './format';

export function CoveragePanel({ review }: { review: QuarterReview }) {
  return (
    <div className="review-split">
      <table className="review-table" aria-label="Coverage per tier">
        <thead>
          <tr>
            <th scope="col">Tier</th>
            <th scope="col">Targets</th>
            <th scope="col">Untouched</th>
            <th scope="col">Touches per account</th>
            <th scope="col">Planned</th>
            <th scope="col">Below plan</th>
          </tr>
        </thead>
        <tbody>
          {review.coverage.map((c) => (
            <tr key={tierLabel(c.tier)}>
              <th scope="row">{tierLabel(c.tier)}</th>
              <td>{count(c.targets)}</td>
              <td>{count(c.untouched)}</td>
              <td>{c.touchesPerAccount.toFixed(1)}</td>
              <td>{c.planned ?? '—'}</td>
              <td>{c.planned === null ? '—' : count(c.belowPlan)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <CoverageBars coverage={review.coverage} />
    </div>
  );
}
