/**
 * Pressure at a glance: weeks × tiers, each cell the number of accounts over the weekly touch
 * cap (contact pressure), or with a person over the per-person cap (person pressure). A cell
 * opens the accounts behind it.
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

/** What each of the two heatmaps counts, in words. */
const WORDS = {
  'contact-pressure': {
    caption: 'Accounts over the weekly touch cap, by week and tier',
    empty: 'No week goes over the touch cap.',
    cell: 'over the cap',
  },
  'person-pressure': {
    caption: 'Accounts with a person over the per-person touch cap, by week and tier',
    empty: 'No one gets more touches in a week than the per-person cap.',
    cell: 'with a person over the per-person cap',
  },
} as const;

interface Props {
  groups: readonly GroupSummary[];
  onCell: (group: GroupSummary, tierSlot: number) => void;
  /** Which weekly rule the cells count; contact pressure unless told. */
  rule?: keyof typeof WORDS;
}

export function PressureHeatmap({ groups, onCell, rule = 'contact-pressure' }: Props) {
  const thisYear = Number(localToday().slice(0, 4));
  const words = WORDS[rule];
  const weeks = groups
    .filter((g) => g.rule === rule && g.week)
    .sort((a, b) => (a.week ?? '').localeCompare(b.week ?? ''));
  if (weeks.length === 0) return <p className="conflicts-empty">{words.empty}</p>;
  const max = Math.max(1, ...weeks.flatMap((g) => g.byTier));
  return (
    <div className="heatmap-scroll">
      <table className="heatmap" aria-label={words.caption}>
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
                const label = `${row.label}, week of ${shortDate(g.week ?? '', thisYear)}: ${countOf(n, 'account')} ${words.cell}`;
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
