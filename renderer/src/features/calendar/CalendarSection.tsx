/**
 * The shared outreach calendar: every marketing campaign and sales sequence on one timeline
 * (quarter view) or month grid, with filters, blackouts, import and export, and one account's
 * timeline at #/calendar?account=<id>.
 */
import { useMemo, useState } from 'react';
import type { Motion } from '../../../../shared/domain/types';
import { randomId } from '../../../../shared/domain/ids';
import { localToday } from '../../../../shared/dates/calendarDate';
import { newMotion, MOTION_COLORS } from '../../../../shared/motions/motionDefaults';
import { segmentKeys } from '../../../../shared/motions/audience';
import { useRoute, navigate } from '../../app/router';
import { useSettings } from '../../store/settings';
import { readAll, readPaged } from '../../store/reads';
import { platform } from '../../platform';
import { useUiStore } from '../../store/uiStore';
import { useAccountData, useAudienceSizes, useBlackouts, useMotionsOrNull } from './calendarData';
import { matchesFilter, NO_FILTER, type CalendarFilter } from './calendarFilters';
import { exportCsv, exportIcs } from './calendarActions';
import { SelectionBar } from './SelectionBar';
import { selectMotion, useSelectedId } from './selection';
import { useMotionConflictCounts } from './conflictBadges';
import { FilterBar } from './FilterBar';
import { QuarterView } from './QuarterView';
import { MonthView } from './MonthView';
import { MotionEditor } from './MotionEditor';
import { BlackoutsDialog } from './BlackoutsDialog';
import { ImportMotionsDialog, type MotionImportSource } from './ImportMotionsDialog';
import { AccountTimeline } from './AccountTimeline';
import { stepAnchor, viewRange, ZOOMS, type Zoom } from './viewRange';
import { MAGNIFICATIONS, useCalendarView } from './calendarViewStore';
import './calendar.css';

const NO_MOTIONS: Motion[] = [];
const ZOOM_LABELS: Record<Zoom, string> = {
  month: 'Month',
  quarter: 'Quarter',
  half: 'Half year',
  year: 'Year',
};

export function CalendarSection() {
  const route = useRoute();
  const accountId = route.params.get('account');
  const settings = useSettings();
  const today = localToday();
  const loadedMotions = useMotionsOrNull();
  const motions = loadedMotions ?? NO_MOTIONS;
  const blackouts = useBlackouts();
  const data = useAccountData(loadedMotions !== undefined);
  const sizes = useAudienceSizes(data, motions);
  const conflictCounts = useMotionConflictCounts();
  const { view, zoom, magnify, setView, setZoom, stepMagnify, fit } = useCalendarView();
  const [anchor, setAnchor] = useState(today);
  const [filter, setFilter] = useState<CalendarFilter>(NO_FILTER);
  // Only the month view reads the selection here; the quarter view's bars subscribe themselves.
  const selectedId = useSelectedId(view === 'month');
  const [editing, setEditing] = useState<{ motion: Motion; isNew: boolean } | null>(null);
  const [blackoutsOpen, setBlackoutsOpen] = useState(false);
  const [importSource, setImportSource] = useState<MotionImportSource | null>(null);

  const startMonth = settings.fiscalYearStartMonth;
  const range = useMemo(() => viewRange(anchor, zoom, startMonth), [anchor, zoom, startMonth]);
  const filtered = useMemo(
    () => motions.filter((m) => matchesFilter(m, filter)),
    [motions, filter],
  );
  const segments = useMemo(() => (data ? segmentKeys(data.index) : []), [data]);

  const create = () => {
    const start = today >= range.start && today <= range.end ? today : range.start;
    const motion = newMotion(randomId(), start, new Date().toISOString(), {
      color: MOTION_COLORS[motions.length % MOTION_COLORS.length] as string,
    });
    setEditing({ motion, isNew: true });
  };

  const importFile = async () => {
    const files = await platform.openFiles({
      title: 'Import motions',
      filters: [{ name: 'CSV', extensions: ['csv', 'txt'] }],
    });
    const file = files[0];
    if (!file) return;
    const accounts = data?.accounts ?? (await readPaged('accounts'));
    const all = await readAll('motions');
    setImportSource({ name: file.name, bytes: file.bytes, accounts, motions: all });
  };

  const run = (work: Promise<unknown>) =>
    void work.catch((e: unknown) =>
      useUiStore.getState().notify('error', e instanceof Error ? e.message : String(e)),
    );

  return (
    <section className="cal" aria-labelledby="calendar-heading">
      <header className="cal-toolbar">
        <h1 id="calendar-heading">Calendar</h1>
        <div role="group" aria-label="View">
          <button
            type="button"
            aria-pressed={view === 'quarter'}
            onClick={() => setView('quarter')}
          >
            Quarter view
          </button>
          <button type="button" aria-pressed={view === 'month'} onClick={() => setView('month')}>
            Month view
          </button>
        </div>
        <label>
          Zoom{' '}
          <select value={zoom} onChange={(e) => setZoom(e.target.value as Zoom)}>
            {ZOOMS.map((z) => (
              <option key={z} value={z}>
                {ZOOM_LABELS[z]}
              </option>
            ))}
          </select>
        </label>
        {view === 'quarter' && (
          <div role="group" aria-label="Magnification">
            <button
              type="button"
              aria-label="Zoom out"
              title="Zoom out (back towards the whole period)"
              disabled={magnify <= 1}
              onClick={() => stepMagnify(-1)}
            >
              −
            </button>
            <button
              type="button"
              aria-pressed={magnify === 1}
              title="Fit the whole period into the window"
              onClick={fit}
            >
              Fit
            </button>
            <button
              type="button"
              aria-label="Zoom in"
              title="Zoom in (the timeline scrolls sideways)"
              disabled={magnify >= MAGNIFICATIONS[MAGNIFICATIONS.length - 1]!}
              onClick={() => stepMagnify(1)}
            >
              +
            </button>
          </div>
        )}
        <div role="group" aria-label="Period">
          <button
            type="button"
            aria-label="Previous period"
            onClick={() => setAnchor(stepAnchor(anchor, zoom, startMonth, -1))}
          >
            ‹
          </button>
          <button type="button" onClick={() => setAnchor(today)}>
            Today
          </button>
          <button
            type="button"
            aria-label="Next period"
            onClick={() => setAnchor(stepAnchor(anchor, zoom, startMonth, 1))}
          >
            ›
          </button>
          <strong className="cal-range-title" aria-live="polite">
            {range.title}
          </strong>
        </div>
        <span className="spacer" />
        <button type="button" className="primary" onClick={create}>
          New motion
        </button>
        <button type="button" onClick={() => setBlackoutsOpen(true)}>
          Blackouts…
        </button>
        <button type="button" onClick={() => run(importFile())}>
          Import motions…
        </button>
        <button
          type="button"
          onClick={() => run(exportIcs(filtered, sizes))}
          disabled={filtered.length === 0}
        >
          Export .ics
        </button>
        <button
          type="button"
          onClick={() => run(exportCsv(filtered, data))}
          disabled={filtered.length === 0}
        >
          Export CSV
        </button>
      </header>
      <FilterBar
        filter={filter}
        segments={segments}
        onChange={setFilter}
        shown={filtered.length}
        total={motions.length}
      />
      <SelectionBar motions={motions} onEdit={(m) => setEditing({ motion: m, isNew: false })} />
      {accountId ? (
        <>
          <p>
            <button type="button" onClick={() => navigate('calendar')}>
              Back to the whole calendar
            </button>
          </p>
          <AccountTimeline
            accountId={accountId}
            data={data}
            motions={filtered}
            blackouts={blackouts}
            range={range}
            magnify={magnify}
            today={today}
            cap={settings.weeklyTouchCap}
            onEdit={(m) => setEditing({ motion: m, isNew: false })}
          />
        </>
      ) : view === 'quarter' ? (
        <QuarterView
          motions={filtered}
          blackouts={blackouts}
          accountsById={data?.byId ?? null}
          range={range}
          magnify={magnify}
          today={today}
          sizes={sizes}
          conflictCounts={conflictCounts}
          onEdit={(m) => setEditing({ motion: m, isNew: false })}
        />
      ) : (
        <MonthView
          motions={filtered}
          blackouts={blackouts}
          accounts={data?.accounts ?? null}
          accountsById={data?.byId ?? null}
          range={range}
          today={today}
          sizes={sizes}
          selectedId={selectedId}
          onSelect={selectMotion}
          onEdit={(m) => setEditing({ motion: m, isNew: false })}
        />
      )}
      {editing && (
        <MotionEditor
          key={editing.motion.id}
          motion={editing.motion}
          isNew={editing.isNew}
          data={data}
          onClose={() => setEditing(null)}
        />
      )}
      {blackoutsOpen && (
        <BlackoutsDialog
          blackouts={blackouts}
          data={data}
          today={today}
          onClose={() => setBlackoutsOpen(false)}
        />
      )}
      {importSource && (
        <ImportMotionsDialog
          source={importSource}
          dateOrderSetting={settings.dateOrder}
          onClose={() => setImportSource(null)}
        />
      )}
    </section>
  );
}
