/** The filter row: team, channel, tier, segment, status and text; applies to every view. */
import { CHANNELS, MOTION_STATUSES, TEAMS, TIERS } from '../../../../shared/domain/types';
import { isFiltering, NO_FILTER, type CalendarFilter } from './calendarFilters';

interface Props {
  filter: CalendarFilter;
  segments: string[];
  onChange: (filter: CalendarFilter) => void;
  shown: number;
  total: number;
}

export function FilterBar({ filter, segments, onChange, shown, total }: Props) {
  const set = (patch: Partial<CalendarFilter>) => onChange({ ...filter, ...patch });
  return (
    <div className="cal-filters" role="search" aria-label="Filter motions">
      <label>
        Team{' '}
        <select
          value={filter.team}
          onChange={(e) => set({ team: e.target.value as CalendarFilter['team'] })}
        >
          <option value="">All</option>
          {TEAMS.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </label>
      <label>
        Channel{' '}
        <select
          value={filter.channel}
          onChange={(e) => set({ channel: e.target.value as CalendarFilter['channel'] })}
        >
          <option value="">All</option>
          {CHANNELS.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </label>
      <label>
        Tier{' '}
        <select
          value={filter.tier}
          onChange={(e) => set({ tier: Number(e.target.value) as CalendarFilter['tier'] })}
        >
          <option value={0}>All</option>
          {TIERS.map((t) => (
            <option key={t} value={t}>
              Tier {t}
            </option>
          ))}
        </select>
      </label>
      <label>
        Segment{' '}
        <select value={filter.segment} onChange={(e) => set({ segment: e.target.value })}>
          <option value="">All</option>
          {segments.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </label>
      <label>
        Status{' '}
        <select
          value={filter.status}
          onChange={(e) => set({ status: e.target.value as CalendarFilter['status'] })}
        >
          <option value="">All</option>
          {MOTION_STATUSES.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </label>
      <label>
        Search{' '}
        <input
          type="search"
          value={filter.text}
          onChange={(e) => set({ text: e.target.value })}
          placeholder="Name, theme, owner…"
        />
      </label>
      {isFiltering(filter) && (
        <>
          <span role="status">
            {shown} of {total} motions
          </span>
          <button type="button" onClick={() => onChange(NO_FILTER)}>
            Clear filters
          </button>
        </>
      )}
    </div>
  );
}
