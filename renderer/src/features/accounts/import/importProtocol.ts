/**
 * What the accounts section and the import Worker exchange (the calls themselves are the
 * Worker's handler map, ImportWorker in accountImport.worker.ts). The Worker writes the rows
 * itself; what the write replaced (the undo step) and the fingerprints of what it wrote
 * (for undo to check against) travel back in chunks so no single message blocks the window
 * while it is decoded. A write in progress can be cancelled: its transaction aborts. A call
 * that fails names the file (CsvError[]).
 */
import type { FieldChange } from '../../../store/accountPatch';
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
  Crm,
  CrmDuplicateGroup,
  CrmSource,
  ImportPreview,
  NonNumericValue,
  MergePolicy,
  MergedDuplicate,
  RejectedCell,
} from '../../../../../shared/accounts';
import type { EncodingSource, TextEncodingName } from '../../../../../shared/csv';

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
  encoding: TextEncodingName;
  /** How the encoding was decided: by a BOM, as valid UTF-8, by the detector, by the person. */
  encodingSource: EncodingSource;
  /** The notice that says the text looks wrong in this encoding (null when it does not). */
  encodingWarning: string | null;
  delimiter: string;
  notices: string[];
  /** Per header, the values that are not numbers: offered as "treat as empty" when mapped to a number field. */
  nonNumeric: Record<string, NonNumericValue[]>;
}

export interface PreviewSummary {
  counts: ImportPreview['counts'];
  unchanged: number;
  files: ImportPreview['files'];
  newSample: Account[];
  updateSample: AccountUpdate[];
  merged: MergedDuplicate[];
  /** Same-company records of one CRM (the first CRM_GROUP_LIMIT), merged or kept apart. */
  crmDuplicates: CrmDuplicateGroup[];
  crmDuplicateGroups: number;
  crmDuplicateRows: Record<Crm, number>;
  rejected: RejectedCell[];
  rejectedCells: number;
  putCount: number;
  /** What the owner directory gains from the files (written with the accounts). */
  owners: { added: number; updated: number; accountsFilled: number };
}

export interface ParseRequest {
  files: { name: string; bytes: Uint8Array }[];
  remembered: Record<string, ColumnMap>;
}

/** Read one of the parsed files again in the encoding the person picked. */
export interface RereadRequest {
  name: string;
  encoding: TextEncodingName;
}

export interface PreviewRequest {
  mappings: Record<string, ColumnMap>;
  /** Values the person marked as empty in number columns ('n/a', '-'). */
  emptyValues: string[];
  policy: MergePolicy;
  defaultStatus: AccountStatus;
  now: string;
  profile: IcpProfile | null;
  /** Same-company CRM records to keep as separate accounts: all, or these domains. */
  keepSeparate: 'all' | string[];
  /** Stored accounts, when the caller has them; else the Worker reads the store itself. */
  existing?: Account[];
}

/** Write the previewed rows, owners, the batch and the mappings in one transaction, there. */
export interface CommitRequest {
  batch: ImportBatch;
  mappings: ColumnMapping[];
}

export interface ImportProgress {
  type: 'progress';
  phase: string;
  fraction: number;
}

/**
 * What the commit sends while it writes: progress, then what it replaced (its undo) and the
 * fingerprints of the rows it wrote (null: deleted), in chunks.
 */
export type WriteEvent =
  | ImportProgress
  | { type: 'replaced'; table: TableName; put?: unknown[]; delete?: string[]; clear?: boolean }
  | {
      type: 'written';
      table: TableName;
      /** The chunk's keys as JSON text: one string in the window's heap, not 10,000. */
      keys: string;
      /** Their fingerprints, NaN where the write left no row (see PrintLists). */
      prints: Float64Array;
    }
  /** A part of what the write did to the accounts (accountPatch.ts); the last names its revision. */
  | {
      type: 'accounts';
      added?: string[];
      removed?: Account[];
      field?: FieldChange;
      exact?: { before: number; after: number };
      rev?: string | null;
    };

export const SAMPLE_LIMIT = 200;
export const CRM_GROUP_LIMIT = 1000;
