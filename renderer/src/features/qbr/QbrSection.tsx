/**
 * The QBR pack: pick the quarter the meeting plans (its results review is the quarter
 * before), the sections and their order, and build the pack (in a Worker, with progress and
 * Cancel). Then look through it, Present it full screen, or Export PDF — 16:9 pages from the
 * same HTML the command line writes.
 */
import './qbr.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { localToday } from '../../../../shared/dates/calendarDate';
import { shiftFiscalQuarter } from '../../../../shared/dates/fiscal';
import { QBR_SECTIONS } from '../../../../shared/qbr/sections';
import { useSettings } from '../../store/settings';
import { useUiStore } from '../../store/uiStore';
import { buildPackPages, type BuiltPackPages } from './packClient';
import { PackPresenter } from './PackPresenter';
import { PackPrintView } from './PackPrintView';
import { adoptPackStyles } from './packStyles';
import { SectionPicker, type PickedSection } from './SectionPicker';

const ALL: PickedSection[] = QBR_SECTIONS.map((s) => ({ id: s.id, on: true }));

export function QbrSection() {
  const settings = useSettings();
  const notify = useUiStore((s) => s.notify);
  const today = localToday();
  const quarters = useMemo(
    () =>
      [-2, -1, 0, 1, 2, 3, 4].map(
        (offset) => shiftFiscalQuarter(today, settings.fiscalYearStartMonth, offset).label,
      ),
    [today, settings.fiscalYearStartMonth],
  );
  const [quarter, setQuarter] = useState(quarters[3] ?? '');
  const [scale, setScale] = useState<'month' | 'quarter'>('month');
  const [sections, setSections] = useState(ALL);
  const [pack, setPack] = useState<BuiltPackPages | null>(null);
  const [building, setBuilding] = useState(false);
  const [presenting, setPresenting] = useState(false);
  const presentButton = useRef<HTMLButtonElement>(null);
  // Leaving the presenter puts the keyboard back where it was (not on the page's body).
  const stopPresenting = useCallback(() => {
    setPresenting(false);
    setTimeout(() => presentButton.current?.focus());
  }, []);
  const [printing, setPrinting] = useState(false);

  useEffect(adoptPackStyles, []);
  // A pack built for other choices is not what the user now asks for.
  useEffect(() => setPack(null), [quarter, scale, sections]);

  const chosen = sections.filter((s) => s.on).map((s) => s.id);
  const build = async () => {
    setBuilding(true);
    try {
      const built = await buildPackPages({
        quarter,
        sections: chosen,
        calendarScale: scale,
        madeOn: today,
      });
      if (built) setPack(built);
    } catch (e) {
      notify('error', `The QBR pack was not built: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBuilding(false);
    }
  };
  const donePrinting = useCallback(() => setPrinting(false), []);

  return (
    <section className="qbr-section" aria-labelledby="qbr-heading">
      <h1 id="qbr-heading">QBR pack</h1>
      <div className="qbr-controls">
        <label>
          Quarter the meeting plans
          <select value={quarter} onChange={(e) => setQuarter(e.target.value)}>
            {quarters.map((q) => (
              <option key={q} value={q}>
                {q}
              </option>
            ))}
          </select>
        </label>
        <label>
          Calendar pages
          <select value={scale} onChange={(e) => setScale(e.target.value as 'month' | 'quarter')}>
            <option value="month">One per month</option>
            <option value="quarter">One for the quarter</option>
          </select>
        </label>
        <p className="qbr-muted">
          Results reviewed: {quarters[quarters.indexOf(quarter) - 1] ?? 'the quarter before'}.
        </p>
      </div>
      <SectionPicker sections={sections} onChange={setSections} />
      <div className="qbr-actions">
        <button
          type="button"
          className="primary"
          disabled={building || chosen.length === 0}
          onClick={() => void build()}
        >
          {building ? 'Building…' : 'Build pack'}
        </button>
        <button
          ref={presentButton}
          type="button"
          disabled={!pack}
          onClick={() => setPresenting(true)}
        >
          Present
        </button>
        <button type="button" disabled={!pack || printing} onClick={() => setPrinting(true)}>
          Export PDF
        </button>
        {pack && (
          <span className="qbr-muted" role="status">
            {pack.title}: {pack.pages.length} pages.
          </span>
        )}
      </div>
      {pack && (
        <div
          className="qbr-preview qbr-pack"
          aria-label="Pack preview"
          role="region"
          // The pack's own renderer escapes every text it puts in this HTML.
          dangerouslySetInnerHTML={{ __html: pack.pages.map((p) => p.html).join('') }}
        />
      )}
      {presenting && pack && <PackPresenter pack={pack} onClose={stopPresenting} />}
      {printing && pack && (
        <PackPrintView
          pack={pack}
          fileName={`qbr-${quarter.replace(/\s+/g, '-').toLowerCase()}.pdf`}
          onDone={donePrinting}
        />
      )}
    </section>
  );
}
