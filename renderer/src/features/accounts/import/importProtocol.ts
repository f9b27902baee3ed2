/**
 * Messages between the accounts section and the import Worker. The Worker writes the rows
 * itself; what the write replaced (the undo step) travels back in chunks so no single
 * message blocks the window while it is decoded.
 */
import type {
  Account,
  AccountStatus,
  ColumnMapping,
  IcpProfile,
  ImportBatch,
} from '../../../../../shared/domain/types';
import type { TableName } from '../../../store/db';
import type {
  AccountUpdate,
  ColumnMap,
  CrmSource,
  ImportPreview,
  MergePolicy,
  MergedDuplicate,
  RejectedCell,
} from '../../../../../shared/accounts';
import type { CsvError } from '../../../../../shared/csv';

export interface FileSummary {
  name: string;
  headers: string[];
  /** First rows, for the mapping screen. */
  sample: string[][];
  rows: number;
  source: CrmSource;
  signature: string;
  mapping: ColumnMap;
  remembered: boolean;
  encoding: string;
  delimiter: string;
  notices: string[];
}

export interface PreviewSummary {
  counts: ImportPreview['counts'];
  unchanged: number;
  files: ImportPreview['files'];
  newSample: Account[];
  updateSample: AccountUpdate[];
  merged: MergedDuplicate[];
  rejected: RejectedCell[];
  rejectedCells: number;
  putCount: number;
  /** What the owner directory gains from the files (written with the accounts). */
  owners: { added: number; updated: number; accountsFilled: number };
}

export type ToWorker =
  | {
      type: 'parse';
      files: { name: string; bytes: Uint8Array }[];
      remembered: Record<string, ColumnMap>;
    }
  | {
      type: 'preview';
      mappings: Record<string, ColumnMap>;
      policy: MergePolicy;
      defaultStatus: AccountStatus;
      now: string;
      profile: IcpProfile | null;
      /** Stored accounts, when the caller has them; else the Worker reads the store itself. */
      existing?: Account[];
    }
  /** Write the previewed rows, owners, batch and mappings in one transaction, here. */
  | { type: 'commit'; batch: ImportBatch; mappings: ColumnMapping[] };

export type FromWorker =
  | { type: 'progress'; phase: string; fraction: number }
  | { type: 'parsed'; files: FileSummary[] }
  | { type: 'preview'; summary: PreviewSummary }
  /** Part of what the commit replaced (its undo), in chunks; then 'committed'. */
  | { type: 'replaced'; table: TableName; put?: unknown[]; delete?: string[]; clear?: boolean }
  | { type: 'committed' }
  | { type: 'failed'; errors: CsvError[] };

export const SAMPLE_LIMIT = 200;
