/**
 * Builds a QBR pack for a quarter: the quarter the meeting plans (as the app writes fiscal
 * quarters, "FY2027 Q1"; "FY2027-Q1" reads too) and the one before it, whose results it
 * reviews; then each chosen section's pages, in the chosen order.
 */
import {
  fiscalQuarterRange,
  parseQuarterLabel,
  shiftFiscalQuarter,
  type FiscalQuarter,
} from '../dates/fiscal';
import type { IsoDate } from '../domain/types';
import type { QbrContext, QbrPack, QbrSectionId, QbrSource } from './packTypes';
import { QBR_SECTION_IDS, sectionDef } from './sections';

export interface PackOptions {
  quarter: string;
  sections?: readonly QbrSectionId[];
  madeOn: IsoDate;
  calendarScale?: 'month' | 'quarter';
  /** The sections the title page lists (default: `sections`); a pack built a section at a time passes them all. */
  agenda?: readonly QbrSectionId[];
}

export function quarterOfLabel(
  label: string,
  fiscalYearStartMonth: number,
): { ok: true; quarter: FiscalQuarter; review: FiscalQuarter } | { ok: false; error: string } {
  const parsed = parseQuarterLabel(label);
  if (!parsed) {
    return {
      ok: false,
      error: `"${label}" is not a fiscal quarter; write it as the app shows quarters, e.g. FY2027 Q1 (or FY2027-Q1).`,
    };
  }
  const quarter = fiscalQuarterRange(parsed.fiscalYear, parsed.quarter, fiscalYearStartMonth);
  const review = shiftFiscalQuarter(quarter.start, fiscalYearStartMonth, -1);
  return { ok: true, quarter, review };
}

export function buildPack(
  source: QbrSource,
  options: PackOptions,
): { ok: true; pack: QbrPack } | { ok: false; error: string } {
  const q = quarterOfLabel(options.quarter, source.settings.fiscalYearStartMonth);
  if (!q.ok) return q;
  const sections = [...(options.sections ?? QBR_SECTION_IDS)];
  const ctx: QbrContext = {
    source,
    quarter: q.quarter,
    review: q.review,
    madeOn: options.madeOn,
    calendarScale: options.calendarScale ?? 'month',
    sections: options.agenda ?? sections,
  };
  return {
    ok: true,
    pack: {
      title: `Quarterly business review: ${q.quarter.label}`,
      quarter: q.quarter,
      review: q.review,
      madeOn: options.madeOn,
      sections,
      pages: sections.flatMap((id) => sectionDef(id).build(ctx)),
    },
  };
}
