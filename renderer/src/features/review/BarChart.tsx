/**
 * A small horizontal bar chart in SVG, drawn beside the table it repeats (the table is the
 * source; the chart is for looking). Each bar is a focusable element with its value as its
 * accessible name, so a keyboard user can Tab through the bars and a screen reader reads
 * them; colours come from the theme's variables, so both themes draw it.
 */
export interface BarSeries {
  key: string;
  label: string;
  /** A CSS class that sets the bar's fill (review.css). */
  className: string;
}

export interface BarRow {
  label: string;
  /** One value per series, in the series' order. */
  values: number[];
}

const ROW_HEIGHT = 22;
const BAR_HEIGHT = 8;
const LABEL_WIDTH = 150;
const CHART_WIDTH = 360;

export function BarChart(props: {
  title: string;
  series: readonly BarSeries[];
  rows: readonly BarRow[];
  format: (n: number) => string;
}) {
  const { series, rows, format } = props;
  const max = Math.max(1, ...rows.flatMap((r) => r.values));
  const height = rows.length * ROW_HEIGHT * series.length + 24;
  return (
    <figure className="review-chart">
      <figcaption>{props.title}</figcaption>
      <ul className="review-legend" aria-hidden="true">
        {series.map((s) => (
          <li key={s.key}>
            <svg width="10" height="10">
              <rect width="10" height="10" className={s.className} />
            </svg>{' '}
            {s.label}
          </li>
        ))}
      </ul>
      <svg
        width={LABEL_WIDTH + CHART_WIDTH + 90}
        height={height}
        role="group"
        aria-label={props.title}
      >
        {rows.map((row, r) => {
          const top = r * ROW_HEIGHT * series.length;
          return (
            <g key={row.label}>
              <text x={0} y={top + ROW_HEIGHT - 6} className="review-chart-label">
                {row.label.length > 22 ? `${row.label.slice(0, 21)}…` : row.label}
              </text>
              {series.map((s, i) => {
                const value = row.values[i] ?? 0;
                const y = top + i * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
                const width = Math.max(value > 0 ? 2 : 0, (value / max) * CHART_WIDTH);
                return (
                  <g
                    key={s.key}
                    tabIndex={0}
                    role="img"
                    aria-label={`${row.label}, ${s.label}: ${format(value)}`}
                    className="review-bar"
                  >
                    <title>{`${row.label}, ${s.label}: ${format(value)}`}</title>
                    <rect
                      x={LABEL_WIDTH}
                      y={y}
                      width={width}
                      height={BAR_HEIGHT}
                      className={s.className}
                    />
                    <text
                      x={LABEL_WIDTH + width + 4}
                      y={y + BAR_HEIGHT}
                      className="review-chart-value"
                    >
                      {format(value)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
