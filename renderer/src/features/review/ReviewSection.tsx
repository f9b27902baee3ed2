/**
 * The quarterly review: for a chosen fiscal quarter, the results tables first (headline,
 * then a breakdown by tier, segment, industry, employees, region or owner), the pipeline each
 * motion influenced with the credit model, coverage per tier, the budget against its
 * allocation, and the opportunities no account matched. The numbers are shared/results'
 * reviewQuarter and budgetRollup, the same the QBR pack prints, worked out in a Worker
 * (useReviewNumbers.ts) so 100,000 accounts never hold up the window.
 */
import { useMemo, useRef, useState } from 'react';
import { localToday } from '../../../../shared/dates/calendarDate';
import {
  fiscalQuarterOf,
  shiftFiscalQuarter,
  type FiscalQuarter,
} from '../../../../shared/dates/fiscal';
import {
  DIMENSION_LABELS,
  REVIEW_DIMENSIONS,
  type ReviewDimension,
} from '../../../../shared/results';
import { useLive } from '../../store/liveTables';
import { useSettings } from '../../store/settings';
import { platform } from '../../platform';
import type { OpenedFile } from '../../platform/platform';
import { ResultsImportDialog } from './ResultsImportDialog';
import { BreakdownTable, HeadlineTable } from './PipelineTables';
import { CreditTable, MotionsTable, UnmatchedList } from './InfluenceTables';
import { CoveragePanel } from './CoveragePanel';
import { BudgetPanel } from './BudgetPanel';
import { ReviewSettings } from './ReviewSettings';
import { useReviewNumbers } from './useReviewNumbers';
import './review.css';

/** The quarters offered: eight back from the next one, newest first. */
function quarterChoices(startMonth: number): FiscalQuarter[] {
  const today = localToday();
  return Array.from({ length: 9 }, (_, i) => shiftFiscalQuarter(today, startMonth, 1 - i));
}

export function ReviewSection() {
  const settings = useSettings();
  const accounts = useLive('accounts');
  const motions = useLive('motions');
  const opportunities = useLive('opportunities');
  const choices = useMemo(
    () => quarterChoices(settings.fiscalYearStartMonth),
    [settings.fiscalYearStartMonth],
  );
  // By default the quarter of the latest opportunity created: the results just imported.
  const latest = useMemo(() => {
    let last = '';
    for (const o of opportunities ?? []) if (o.createdDate > last) last = o.createdDate;
    return last === '' ? null : fiscalQuarterOf(last, settings.fiscalYearStartMonth).label;
  }, [opportunities, settings.fiscalYearStartMonth]);
  const [picked, setPicked] = useState<string | null>(null);
  const label = picked ?? latest ?? (choices[2] as FiscalQuarter).label;
  const quarter = choices.find((q) => q.label === label) ?? (choices[2] as FiscalQuarter);
  const [dimension, setDimension] = useState<ReviewDimension>('tier');
  const [importing, setImporting] = useState<OpenedFile[] | null>(null);

  // The numbers come from a worker (useReviewNumbers.ts); a change of any table it reads or
  // of the review's settings asks again.
  const tablesVersion = useTablesVersion(accounts, motions, opportunities);
  const allocation = settings.budgetAllocations[quarter.label] ?? null;
  const request =
    accounts && motions && opportunities
      ? {
          quarter: { start: quarter.start, end: quarter.end, label: quarter.label },
          influenceWindowDays: settings.influenceWindowDays,
          plannedTouchesPerTier: settings.plannedTouchesPerTier,
          allocation,
        }
      : null;
  const { numbers, error } = useReviewNumbers(
    request,
    `${tablesVersion}|${request ? JSON.stringify(request) : ''}`,
  );
  // An answer for another quarter than the one picked is not shown as this one's.
  const current = numbers && numbers.review.quarter.label === quarter.label ? numbers : null;
  const review = current?.review ?? null;
  const budget = current?.budget ?? null;

  const startImport = async () => {
    const files = await platform.openFiles({
      title: 'Import results',
      filters: [{ name: 'CSV', extensions: ['csv', 'txt'] }],
      multiple: true,
    });
    if (files.length > 0) setImporting(files);
  };

  return (
    <div className="review">
      <div className="review-toolbar">
        <h2>Quarterly review</h2>
        <label>
          Quarter{' '}
          <select value={quarter.label} onChange={(e) => setPicked(e.target.value)}>
            {choices.map((q) => (
              <option key={q.label} value={q.label}>
                {q.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void startImport()}>
          Import results…
        </button>
        <span className="review-muted">
          {(opportunities?.length ?? 0).toLocaleString('en-US')} opportunities stored
        </span>
      </div>
      {error ? (
        <p role="alert">{error}</p>
      ) : !review || !budget ? (
        <p>Working out the review…</p>
      ) : (
        <>
          <section aria-labelledby="review-results">
            <h3 id="review-results">Results of {quarter.label}</h3>
            <HeadlineTable review={review} />
            <p>
              <label>
                Break down by{' '}
                <select
                  value={dimension}
                  onChange={(e) => setDimension(e.target.value as ReviewDimension)}
                >
                  {REVIEW_DIMENSIONS.map((d) => (
                    <option key={d} value={d}>
                      {DIMENSION_LABELS[d]}
                    </option>
                  ))}
                </select>
              </label>
            </p>
            <BreakdownTable
              label={DIMENSION_LABELS[dimension]}
              rows={review.breakdowns[dimension]}
            />
          </section>
          <section aria-labelledby="review-influence">
            <h3 id="review-influence">Influenced pipeline and credit</h3>
            <CreditTable review={review} />
            <MotionsTable review={review} />
          </section>
          <section aria-labelledby="review-coverage">
            <h3 id="review-coverage">Coverage</h3>
            <CoveragePanel review={review} />
          </section>
          <section aria-labelledby="review-budget">
            <h3 id="review-budget">Budget</h3>
            <BudgetPanel rollup={budget} />
          </section>
          <section aria-labelledby="review-unmatched">
            <h3 id="review-unmatched">Unmatched opportunities</h3>
            <UnmatchedList review={review} />
          </section>
          <ReviewSettings settings={settings} quarter={quarter.label} />
        </>
      )}
      {importing && <ResultsImportDialog files={importing} onClose={() => setImporting(null)} />}
    </div>
  );
}

/** A number that changes whenever one of the given arrays is replaced (a live query's answer). */
function useTablesVersion(...tables: readonly (readonly unknown[] | undefined)[]): number {
  const seen = useRef<{ tables: readonly unknown[]; version: number }>({ tables: [], version: 0 });
  const last = seen.current;
  if (tables.length !== last.tables.length || tables.some((t, i) => t !== last.tables[i]))
    seen.current = { tables, version: last.version + 1 };
  return seen.current.version;
}
