/**
 * The shapes every export profile shares: what a profile reads (ExportSource), what it
 * produces (one or more files of header + string rows) and the row problems found before
 * anything is written. Profiles are pure: renderExport.ts turns a result into file names and
 * text, and the caller (the Export section's save, the CLI) writes them.
 */
import type {
  Account,
  Blackout,
  ConflictAcceptance,
  Contact,
  ExportProfile,
  Motion,
  OperatingAgreement,
  Owner,
  RaciGrid,
  Settings,
} from '../domain/types';

/** 'crm': UTF-8, no BOM, values as they are. 'excel': BOM, formula-looking cells neutralized. */
export type ExportMode = 'crm' | 'excel';
export const EXPORT_MODES: readonly ExportMode[] = ['crm', 'excel'];

/** The workspace tables an export reads; a WorkspaceData or the live store both provide them. */
export interface ExportSource {
  accounts: readonly Account[];
  /** The owner directory: the CRM profiles assign owners through it. */
  owners: readonly Owner[];
  /** Contacts and leads (the campaign-member and leads-on-TAL profiles); absent = none. */
  contacts?: readonly Contact[];
  motions: readonly Motion[];
  blackouts: readonly Blackout[];
  raciGrids: readonly RaciGrid[];
  exportProfiles: readonly ExportProfile[];
  conflictAcceptances: readonly ConflictAcceptance[];
  /** None: the articles' template, not yet agreed. */
  operatingAgreements: readonly OperatingAgreement[];
  settings: Settings;
}

/** One CSV file of a profile's output; `suffix` tells split or grouped files apart. */
export interface ExportTable {
  /** '' for a single-file export, e.g. 'update-1' or 'new-2' when a profile writes several. */
  suffix: string;
  headers: string[];
  rows: string[][];
}

/**
 * A value that would make the CRM reject or mis-import a row. `row` is the row's number in
 * its file as a spreadsheet shows it (header = row 1); `record` names the account or motion.
 */
export interface ExportProblem {
  /** 'error': the CRM would reject the row. 'warning': the row imports but loses something. */
  severity: 'error' | 'warning';
  file: string;
  row: number;
  column: string;
  record: string;
  message: string;
}

export interface ExportResult {
  /** Base file name without extension, e.g. 'salesforce-accounts'. */
  baseName: string;
  extension: 'csv' | 'ics';
  tables: ExportTable[];
  /** Rows that fail validation (they stay in the tables; the caller decides to drop them). */
  problems: ExportProblem[];
  /** What the user should know that is no row problem ("12 people opted out, left out"). */
  notes?: string[];
  /**
   * Set when another module owns the file format (RACI CSV, the .ics calendar): the export's
   * one file is this text, and `tables` is only its preview (empty for .ics).
   */
  render?: (mode: ExportMode) => string;
}

/** What running one export gives: its result, or why it cannot run (e.g. no such RACI grid). */
export type ExportRun = { ok: true; result: ExportResult } | { ok: false; error: string };
