/**
 * The review's results tables: the headline (targets, non-targets, unmatched, all) and one
 * breakdown by the chosen account dimension, each measure as count and amount for targets
 * and for the rest, with a bar chart of pipeline created beside it.
 */
import {
  PIPELINE_MEASURES,
  type BreakdownRow,
  type PipelineMeasure,
  type PipelineMetrics,
  type QuarterReview,
} from '../../../../shared/results';
import { BarChart } from './BarChart';
import { count, money } from './format';

const MEASURE_LABELS: Record<PipelineMeasure, string> = {
  created: 'Pipeline created',
  open: 'Open at quarter end',
  won: 'Won',
  lost: 'Lost',
};

function MetricCells({ m }: { m: PipelineMetrics }) {
  return (
    <>
      {PIPELINE_MEASURES.map((k) => (
        <td key={k}>
          {count(m[k].count)} · {money(m[k].amount)}
        </td>
      ))}
    </>
  );
}

function MeasureHeads() {
  return (
    <>
      {PIPELINE_MEASURES.map((k) => (
        <th key={k} scope="col">
          {MEASURE_LABELS[k]} (count · amount)
        </th>
      ))}
    </>
  );
}

export function HeadlineTable({ review }: { review: QuarterReview }) {
  const rows: [string, PipelineMetrics][] = [
    ['Target accounts', review.totals.target],
    ['Other accounts', review.totals.nonTarget],
    ['Not matched to an account', review.totals.unmatched],
    ['All opportunities', review.totals.all],
  ];
  return (
    <table className="review-table" aria-label="Results of the quarter">
      <thead>
        <tr>
          <th scope="col">Accounts</th>
          <MeasureHeads />
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, m]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <MetricCells m={m} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function BreakdownTable(props: { label: string; rows: readonly BreakdownRow[] }) {
  const { label, rows } = props;
  return (
    <div className="review-split">
      <table className="review-table" aria-label={`Results by ${label.toLowerCase()}`}>
        <thead>
          <tr>
            <th scope="col">{label}</th>
            <th scope="col">Accounts</th>
            <MeasureHeads />
          </tr>
        </thead>
        <tbody>
          {rows.flatMap((r) => [
            <tr key={`${r.key}:t`}>
              <th scope="row" rowSpan={2}>
                {r.label}
              </th>
              <td className="review-series-name">Targets</td>
              <MetricCells m={r.target} />
            </tr>,
            <tr key={`${r.key}:o`}>
              <td className="review-series-name">Others</td>
              <MetricCells m={r.nonTarget} />
            </tr>,
          ])}
        </tbody>
      </table>
      <BarChart
        title={`Pipeline created by ${label.toLowerCase()}`}
        series={[
          { key: 'target', label: 'Targets', className: 'review-series-target' },
          { key: 'other', label: 'Others', className: 'review-series-other' },
        ]}
        rows={rows.slice(0, 12).map((r) => ({
          label: r.label,
          values: [r.target.created.amount, r.nonTarget.created.amount],
        }))}
        format={money}
      />
    </div>
  );
}
