/**
 * The Conflicts view: counts by severity and rule, filters, the list grouped by motion pair or
 * by account, the weekly pressure heatmap, and a drill-down from a group to its accounts and
 * from an account to its conflicts and timeline. Detection runs in a worker (conflictsClient).
 *
 * The summary and the motions are read through useDeferredValue: the stores hand them over in
 * a synchronous render (useSyncExternalStore), and at 100,000 accounts × 1,000 motions the
 * view's render with them was a main-thread task of its own; deferred, it is rendered in the
 * background in slices, and the memoised parts (filters, counts, list) render only when
 * their inputs change.
 */
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { navigate, useRoute } from '../../app/router';
import { useUiStore } from '../../store/uiStore';
import { AccountConflicts } from './AccountConflicts';
import { AccountList } from './AccountList';
import {
  countIn,
  NO_FILTERS,
  tiersOf,
  type ConflictFilters,
  type ShownGroup,
} from './conflictFilters';
import { useConflictsStore } from './conflictsClient';
import { useConflictFilterStore } from './conflictFilterStore';
import type { GroupSummary } from './conflictsProtocol';
import { plainGroup } from './groupTable';
import { exportConflictCsv } from './exportConflicts';
import { FilterBar } from './FilterBar';
import { GroupDetail } from './GroupDetail';
import { GroupList } from './GroupList';
import { PressureHeatmap } from './PressureHeatmap';
import { SummaryBar } from './SummaryBar';
import { useAcceptedIds, usePlanTables, useValidAcceptances } from './useAcceptances';
import { useShownGroups } from './useShownGroups';
import './conflicts.css';

const NO_GROUPS: GroupSummary[] = [];

type View = 'pairs' | 'accounts' | 'heatmap';
const VIEWS: { id: View; label: string }[] = [
  { id: 'pairs', label: 'By motion pair' },
  { id: 'accounts', label: 'By account' },
  { id: 'heatmap', label: 'Pressure heatmap' },
];

export function ConflictsSection() {
  const route = useRoute();
  const { busy, lastRunMs, lastRunIncremental, error, ...store } = useConflictsStore();
  const summary = useDeferredValue(store.summary);
  const notify = useUiStore((s) => s.notify);
  const motions = useDeferredValue(usePlanTables().motions);
  const acceptances = useValidAcceptances();
  const remembered = useConflictFilterStore((s) => s.remembered);
  const remember = useConflictFilterStore((s) => s.remember);
  const [motionId, setMotionId] = useState(() => route.params.get('motion') ?? '');
  const filters = useMemo<ConflictFilters>(
    () => ({ ...remembered, motionId }),
    [remembered, motionId],
  );
  const setFilters = useCallback(
    (next: ConflictFilters) => {
      remember(next);
      setMotionId(next.motionId);
    },
    [remember],
  );
  const [view, setView] = useState<View>('pairs');
  const [selected, setSelected] = useState<{ id: string; tier: string | null } | null>(null);
  const [accountId, setAccountId] = useState<string | null>(route.params.get('account'));

  const motionsById = useMemo(() => new Map(motions.map((m) => [m.id, m])), [motions]);
  const accepted = useAcceptedIds(acceptances);
  const {
    list: shown,
    totals,
    listing,
  } = useShownGroups(summary?.groups ?? NO_GROUPS, filters, motionsById, accepted);
  // A heatmap cell opens its group for one tier; otherwise the tier filter applies.
  const selectedTier = (selected?.tier ?? filters.tier) as ConflictFilters['tier'];
  const selectedTiers = useMemo(
    () => tiersOf({ ...NO_FILTERS, tier: selectedTier }),
    [selectedTier],
  );
  const selectedGroup = useMemo((): ShownGroup | null => {
    const g = selected && summary?.groups.find((x) => x.id === selected.id);
    if (!g) return null;
    return {
      ...plainGroup(g),
      shownCount: countIn(g, selectedTiers),
      accepted: accepted.has(g.id),
    };
  }, [selected, summary, selectedTiers, accepted]);

  const open = useCallback((g: ShownGroup) => {
    setAccountId(null);
    setSelected({ id: g.id, tier: null });
  }, []);
  const onRule = useCallback(
    (rule: ConflictFilters['rule']) => setFilters({ ...filters, rule }),
    [filters, setFilters],
  );
  const onSeverity = useCallback(
    (severity: ConflictFilters['severity']) => setFilters({ ...filters, severity }),
    [filters, setFilters],
  );
  const openCell = (g: GroupSummary, tierSlot: number) => {
    setAccountId(null);
    setSelected({ id: g.id, tier: String(tierSlot) });
  };
  const exportCsv = async () => {
    try {
      const result = await exportConflictCsv(shown.groups, tiersOf(filters), motions, acceptances);
      if (result.saved) {
        notify(
          'ok',
          `Saved ${result.rows.toLocaleString()} conflicts${result.capped ? ' (Excel’s row limit reached)' : ''}.`,
        );
      }
    } catch (e) {
      notify(
        'error',
        `Could not export the conflicts: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
  };

  return (
    <section className="conflicts" aria-labelledby="conflicts-heading">
      <header className="conflicts-header">
        <h1 id="conflicts-heading">Conflicts</h1>
        <p className="muted" role="status" aria-live="polite">
          {error
            ? `Detection failed: ${error}`
            : busy || !summary
              ? 'Finding conflicts…'
              : `${summary.accountTotal.toLocaleString()} accounts checked${lastRunMs !== null ? ` in ${Math.round(lastRunMs)} ms${lastRunIncremental ? ' (only what changed)' : ''}` : ''}.`}
        </p>
        <button type="button" className="primary" onClick={() => navigate('plan')}>
          Propose a plan…
        </button>
        <button
          type="button"
          onClick={() => void exportCsv()}
          disabled={!summary || shown.groups.length === 0}
        >
          Export CSV
        </button>
      </header>
      <SummaryBar totals={totals} onRule={onRule} onSeverity={onSeverity} />
      <FilterBar filters={filters} motions={motions} onChange={setFilters} />
      <div className="conflicts-views" role="tablist" aria-label="Group conflicts">
        {VIEWS.map((v) => (
          <button
            key={v.id}
            type="button"
            role="tab"
            aria-selected={view === v.id}
            onClick={() => setView(v.id)}
          >
            {v.label}
          </button>
        ))}
      </div>
      <div className="conflicts-body">
        <div className="conflicts-main" role="tabpanel">
          {view === 'pairs' && (
            <GroupList
              list={shown}
              listing={listing}
              selectedId={selected?.id ?? null}
              onOpen={open}
            />
          )}
          {view === 'accounts' && (
            <AccountList
              accounts={summary?.topAccounts ?? []}
              total={summary?.accountCounts.ids.length ?? 0}
              onOpen={setAccountId}
            />
          )}
          {view === 'heatmap' && (
            <>
              <h3 className="heatmap-title">Touches per account</h3>
              <PressureHeatmap groups={summary?.groups ?? []} onCell={openCell} />
              <h3 className="heatmap-title">Touches per person</h3>
              <PressureHeatmap
                groups={summary?.groups ?? []}
                onCell={openCell}
                rule="person-pressure"
              />
            </>
          )}
        </div>
        {accountId ? (
          <AccountConflicts accountId={accountId} onClose={() => setAccountId(null)} />
        ) : selectedGroup ? (
          <GroupDetail
            group={selectedGroup}
            tiers={selectedTiers}
            acceptance={acceptances.get(selectedGroup.id) ?? null}
            onAccount={setAccountId}
            onClose={() => setSelected(null)}
          />
        ) : null}
      </div>
    </section>
  );
}
