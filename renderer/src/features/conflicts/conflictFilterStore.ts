/**
 * The Conflicts view's filters that outlive a visit: rule, severity, team, tier and "show
 * accepted", remembered in localStorage (UI state, not workspace data). The motion filter is
 * not: it comes from where the user came from (a calendar bar's link) and motions come and go.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { CONFLICT_RULES, TEAMS } from '../../../../shared/domain/types';
import { NO_FILTERS, SEVERITY_ORDER, type ConflictFilters } from './conflictFilters';

export type RememberedFilters = Omit<ConflictFilters, 'motionId'>;

interface FilterState {
  remembered: RememberedFilters;
  remember: (filters: ConflictFilters) => void;
}

const { motionId: _notRemembered, ...DEFAULTS } = NO_FILTERS;

/** Keeps only values this build knows, so a stored value from another build cannot break it. */
export function knownFilters(stored: unknown): RememberedFilters {
  const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<
    string,
    unknown
  >;
  const pick = <T extends string>(value: unknown, allowed: readonly T[]): T | '' =>
    allowed.includes(value as T) ? (value as T) : '';
  return {
    rule: pick(s.rule, CONFLICT_RULES),
    severity: pick(s.severity, SEVERITY_ORDER),
    team: pick(s.team, TEAMS),
    tier: pick(s.tier, ['0', '1', '2', '3'] as const),
    showAccepted: s.showAccepted === true,
  };
}

export const useConflictFilterStore = create<FilterState>()(
  persist(
    (set) => ({
      remembered: DEFAULTS,
      remember: ({ motionId: _motion, ...rest }) => set({ remembered: rest }),
    }),
    {
      name: 'abm:conflict-filters',
      storage: createJSONStorage(() => localStorage),
      partialize: ({ remembered }) => ({ remembered }),
      merge: (stored, current) => ({
        ...current,
        remembered: knownFilters((stored as { remembered?: unknown } | undefined)?.remembered),
      }),
    },
  ),
);
