/**
 * The QBR pack as plain data: pages of 16:9 slides, each a title and a few blocks (facts,
 * tables, bars, a timeline, a RACI grid, columns, notices). Section models (one file each)
 * build the pages from the workspace; renderPackHtml.ts turns them into the one HTML the
 * app shows, presents and prints and the CLI writes. Nothing here knows HTML or the DOM.
 */
import type { FiscalQuarter } from '../dates/fiscal';
import type { IsoDate } from '../domain/types';
import type { WorkspaceData } from '../workspace/workspaceData';

export type QbrSectionId =
  'title' | 'results' | 'tal-changes' | 'calendar' | 'conflicts' | 'raci' | 'agreement' | 'budget';

/** How a notice reads: a part not yet agreed, one agreed, a warning. */
export type NoticeTone = 'not-agreed' | 'agreed' | 'warn' | 'info';

export interface FactItem {
  label: string;
  value: string;
  /** Shown as a warning (e.g. turnover past its budget). */
  warn?: boolean;
}

export interface TimelineBar {
  label: string;
  /** Inclusive days, already clipped to the page's range. */
  start: IsoDate;
  end: IsoDate;
  /** A #rgb / #rrggbb colour (checked before it is written). */
  color: string;
  /** Continues before / after the page's range. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

export interface TimelineLane {
  label: string;
  /** Rows of bars that never overlap within a row. */
  rows: TimelineBar[][];
}

export type QbrBlock =
  | { kind: 'facts'; items: FactItem[] }
  | {
      kind: 'table';
      caption: string;
      headers: string[];
      rows: string[][];
      /** "… and 212 more", or null when every row is shown. */
      more: string | null;
      /** Columns (by index) whose values are numbers, right-aligned. */
      numeric?: number[];
      /** Text when there are no rows. */
      empty?: string;
    }
  | {
      kind: 'bars';
      caption: string;
      bars: { label: string; value: number; display: string }[];
    }
  | {
      kind: 'timeline';
      start: IsoDate;
      end: IsoDate;
      /** Day marks along the top: the first of each month, or each Monday. */
      ticks: { day: IsoDate; label: string }[];
      lanes: TimelineLane[];
      empty: string;
    }
  | {
      kind: 'raci';
      roles: string[];
      rows: { phase: string; activity: string; cells: string[] }[];
    }
  | { kind: 'columns'; columns: { heading: string; sub: string; lines: string[] }[] }
  | { kind: 'list'; caption: string; items: string[] }
  | { kind: 'notice'; tone: NoticeTone; text: string };

export interface QbrPage {
  section: QbrSectionId;
  /** Starts with the section's title, so a reader (and a search of the PDF) finds it. */
  title: string;
  subtitle: string;
  blocks: QbrBlock[];
  /** Small print at the foot: a source, a "continued" mark. */
  footnote: string;
}

/** What the pack reads: the workspace's tables (a WorkspaceData fits). */
export type QbrSource = Pick<
  WorkspaceData,
  | 'accounts'
  | 'contacts'
  | 'motions'
  | 'blackouts'
  | 'talSnapshots'
  | 'raciGrids'
  | 'conflictAcceptances'
  | 'operatingAgreements'
  | 'opportunities'
  | 'settings'
>;

export interface QbrContext {
  source: QbrSource;
  /** The quarter the meeting plans. */
  quarter: FiscalQuarter;
  /** The quarter whose results it reviews: the one before. */
  review: FiscalQuarter;
  madeOn: IsoDate;
  /** One calendar page per month (default) or one for the whole quarter. */
  calendarScale: 'month' | 'quarter';
  /** The sections chosen, in order (the title page lists them as the agenda). */
  sections: readonly QbrSectionId[];
}

export interface QbrPack {
  title: string;
  quarter: FiscalQuarter;
  review: FiscalQuarter;
  madeOn: IsoDate;
  sections: QbrSectionId[];
  pages: QbrPage[];
}
