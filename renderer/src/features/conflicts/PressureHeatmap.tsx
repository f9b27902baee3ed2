/**
 * Contact pressure at a glance: weeks × tiers, each cell the number of accounts over the weekly
 * touch cap. A cell opens the accounts behind it.
 */
import { shortDate } from '../../../../shared/conflicts/wording';
import { localToday } from '../../../../shared/dates/calendarDate';
import { countOf } from '../../../../shared/text/countOf';
import type { GroupSummary } from './conflictsProtocol';

const ROWS: { slot: number; label: string }[] = [
  { slot: 1, label: 'Tier 1' },
  { slot: 2, label: 'Tier 2' },
  { slot: 3, label: 'Tier 3' },
  { slot: 0, label: 'No tier' },
];

interface Props {
  groups: readonly GroupSummary[];
  onCell: (group: GroupSummary, tierSlot: number) => void;
}

export function PressureHeatmap({ groups, onCell }: Props) {
  const thisYear = Number(localToday().slice(0, 4));
  const weeks = groups
    .filter((g) => g.rule === 'contact-pressure' && g.week)
    .sort((a, b) => (a.week ?? '').localeCompare(b.week ?? ''));
  if (weeks.length === 0)
    return <p className="conflicts-empty">No week goes over the touch cap.</p>;
  const max = Math.max(1, ...weeks.flatMap((g) => g.byTier));
  return (
    <div className="heatmap-scroll">
      <table className="heatmap" aria-label="Accounts over the weekly touch cap, by week and tier">
        <thead>
          <tr>
            <th scope="col">Tier</th>
            {weeks.map((g) => (
              <th key={g.id} scope="col">
                {shortDate(g.week ?? '')}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.slot}>
              <th scope="row">{row.label}</th>
              {weeks.map((g) => {
                const n = g.byTier[row.slot] ?? 0;
                const label = `${row.label}, week of ${shortDate(g.week ?? '', thisYear)}: ${countOf(n, 'account')} over the cap`;
                return (
                  <td key={g.id}>
                    {n > 0 ? (
                      <button
                        type="button"
                        aria-label={label}
                        title={label}
                        className="heat"
                        data-level={Math.min(4, Math.ceil((n / max) * 4))}
                        onClick={() => onCell(g, row.slot)}
                      >
                        {n.toLocaleString()}
                      </button>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
