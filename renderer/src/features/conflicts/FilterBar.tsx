/**
 * The filters above the grouped list: rule, severity, team, motion, tier, show accepted.
 * Memoised, with the motions sorted once per motions list: at 1,000 motions its render (the
 * sort by name and a thousand options) was part of every render of the Conflicts view.
 */
import { memo, useMemo } from 'react';
import { CONFLICT_RULES, TEAMS } from '../../../../shared/domain/types';
import type { Motion } from '../../../../shared/domain/types';
import { NO_FILTERS, RULE_LABELS, SEVERITY_ORDER, type ConflictFilters } from './conflictFilters';

interface Props {
  filters: ConflictFilters;
  motions: readonly Motion[];
  onChange: (next: ConflictFilters) => void;
}

export const FilterBar = memo(function FilterBar({ filters, motions, onChange }: Props) {
  const byName = useMemo(
    () => [...motions].sort((a, b) => a.name.localeCompare(b.name)),
    [motions],
  );
  const set = <K extends keyof ConflictFilters>(key: K, value: ConflictFilters[K]) =>
    onChange({ ...filters, [key]: value });
  return (
    <form
      className="conflicts-filters"
      aria-label="Filter conflicts"
      onSubmit={(e) => e.preventDefault()}
    >
      <label>
        Rule
        <select
          value={filters.rule}
          onChange={(e) => set('rule', e.target.value as ConflictFilters['rule'])}
        >
          <option value="">All rules</option>
          {CONFLICT_RULES.map((r) => (
            <option key={r} value={r}>
              {RULE_LABELS[r]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Severity
        <select
          value={filters.severity}
          onChange={(e) => set('severity', e.target.value as ConflictFilters['severity'])}
        >
          <option value="">All severities</option>
          {SEVERITY_ORDER.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label>
        Team
        <select
          value={filters.team}
          onChange={(e) => set('team', e.target.value as ConflictFilters['team'])}
        >
          <option value="">All teams</option>
          {TEAMS.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      <label>
        Motion
        <select value={filters.motionId} onChange={(e) => set('motionId', e.target.value)}>
          <option value="">All motions</option>
          {byName.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Tier
        <select
          value={filters.tier}
          onChange={(e) => set('tier', e.target.value as ConflictFilters['tier'])}
        >
          <option value="">All tiers</option>
          <option value="1">Tier 1</option>
          <option value="2">Tier 2</option>
          <option value="3">Tier 3</option>
          <option value="0">No tier</option>
        </select>
      </label>
      <label className="inline">
        <input
          type="checkbox"
          checked={filters.showAccepted}
          onChange={(e) => set('showAccepted', e.target.checked)}
        />
        Show accepted
      </label>
      <button type="button" onClick={() => onChange(NO_FILTERS)}>
        Clear filters
      </button>
    </form>
  );
});
