/**
 * What an import writes besides the accounts: its batch record (files, time, counts), the
 * column mappings to remember for the next file with the same headers, and the people the
 * owner directory learnt from the files. Plain data, so the window and the import Worker
 * build the same change set.
 */
import type {
  Account,
  ColumnMapping,
  ImportBatch,
  Owner,
} from '../../../../../shared/domain/types';
import type { ColumnMap } from '../../../../../shared/accounts';
import type { ChangeSet } from '../../../store/history';
import type { FileSummary } from './importProtocol';

export function importRecord(input: {
  files: FileSummary[];
  mappings: Record<string, ColumnMap>;
  counts: ImportBatch['counts'];
  batchId: string;
  now: string;
}): { batch: ImportBatch; mappings: ColumnMapping[]; label: string } {
  const batch: ImportBatch = {
    id: input.batchId,
    kind: 'accounts',
    files: input.files.map((f) => f.name),
    at: input.now,
    counts: input.counts,
  };
  const mappings = input.files.map((f) => ({
    signature: f.signature,
    mapping: input.mappings[f.name] ?? f.mapping,
    savedAt: input.now,
  }));
  return { batch, mappings, label: `Import ${batch.files.join(', ')}` };
}

export function importChangeSet(
  rows: Account[],
  batch: ImportBatch,
  mappings: ColumnMapping[],
  owners: Owner[] = [],
  removedOwners: string[] = [],
): ChangeSet {
  return {
    accounts: { put: rows },
    owners: { put: owners, delete: removedOwners },
    importBatches: { put: [batch] },
    columnMappings: { put: mappings },
  };
}
