/**
 * What the Review section and the results import Worker exchange (the calls are the Worker's
 * handler map, ResultsImportWorker). The Worker reads the stored accounts and opportunities
 * itself and writes the import itself, like the account import; only summaries cross.
 */
import type { CsvError, EncodingSource, TextEncodingName } from '../../../../../shared/csv';
import type { DateOrder, DateOrderSetting } from '../../../../../shared/dates/dateOrder';
import type {
  ColumnMapping,
  ImportBatch,
  OpportunityCrm,
} from '../../../../../shared/domain/types';
import type {
  OpportunityColumnMap,
  ResultsImportError,
  ResultsPreview,
  UnmatchedRow,
} from '../../../../../shared/results';

export interface ResultsFileSummary {
  name: string;
  headers: string[];
  sample: string[][];
  rows: number;
  crm: OpportunityCrm | null;
  signature: string;
  mapping: OpportunityColumnMap;
  remembered: boolean;
  encoding: TextEncodingName;
  encodingSource: EncodingSource;
  encodingWarning: string | null;
  notices: string[];
}

export interface ResultsPreviewSummary {
  files: ResultsPreview['files'];
  counts: ResultsPreview['counts'];
  matchedBy: ResultsPreview['matchedBy'];
  /** The first UNMATCHED_LIMIT unmatched opportunities. */
  unmatched: UnmatchedRow[];
  errors: ResultsImportError[];
  errorCount: number;
  dateQuestion: ResultsPreview['dateQuestion'];
  notices: string[];
  canImport: boolean;
}

export interface ResultsParseRequest {
  files: { name: string; bytes: Uint8Array }[];
  remembered: Record<string, Record<string, string>>;
}

export interface ResultsPreviewRequest {
  mappings: Record<string, OpportunityColumnMap>;
  now: string;
  dateOrder: DateOrder | null;
  dateOrderSetting: DateOrderSetting;
}

export interface ResultsCommitRequest {
  batch: ImportBatch;
  mappings: ColumnMapping[];
}

export type { CsvError };

export const UNMATCHED_LIMIT = 500;
export const ERROR_LIMIT = 500;
