/**
 * One bar per tier: the touches each target account got in the quarter against the plan's
 * number (a marker on the bar), and the share of the tier's targets no motion touched.
 * Focusable, named by its numbers, drawn with the theme's colours.
 */
import type { TierCoverage } from '../../../../shared/results';

const WIDTH = 360;
const LABEL = 110;

export const tierLabel = (tier: TierCoverage['tier']) =>
  tier === null ? 'No tier' : `Tier ${tier}`;

export function CoverageBars({ coverage }: { coverage: readonly TierCoverage[] }) {
  const max = Math.max(1, ...coverage.flatMap((c) => [c.touchesPerAccount, c.planned ?? 0])) * 1.1;
  return (
    <figure className="review-chart">
      <figcaption>Touches per target account against the plan</figcaption>
      <svg
        width={LABEL + WIDTH + 160}
        height={coverage.length * 34 + 8}
        role="group"
        aria-label="Coverage per tier"
      >
        {coverage.map((c, i) => {
          const y = i * 34 + 6;
          const width = (c.touchesPerAccount / max) * WIDTH;
          const plan = c.planned === null ? null : LABEL + (c.planned / max) * WIDTH;
          const short = c.planned !== null && c.touchesPerAccount < c.planned;
          const name = `${tierLabel(c.tier)}: ${c.touchesPerAccount.toFixed(1)} touches per account${
            c.planned === null ? '' : ` against ${c.planned} planned`
          }; ${c.untouched} of ${c.targets} targets untouched`;
          return (
            <g
              key={tierLabel(c.tier)}
              tabIndex={0}
              role="img"
              aria-label={name}
              className="review-bar"
            >
              <title>{name}</title>
              <text x={0} y={y + 14} className="review-chart-label">
                {tierLabel(c.tier)}
              </text>
              <rect x={LABEL} y={y + 4} width={WIDTH} height={12} className="review-track" />
              <rect
                x={LABEL}
                y={y + 4}
                width={width}
                height={12}
                className={short ? 'review-fill-short' : 'review-fill-ok'}
              />
              {plan !== null && (
                <line x1={plan} x2={plan} y1={y} y2={y + 20} className="review-plan" />
              )}
              <text x={LABEL + WIDTH + 8} y={y + 14} className="review-chart-value">
                {c.touchesPerAccount.toFixed(1)}
                {c.planned === null ? '' : ` / ${c.planned}`} · {c.untouched} untouched
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
