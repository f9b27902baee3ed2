/**
 * The main-thread side of an import: starts the Worker, turns its messages into promises,
 * and writes the result with one commit() — the whole import or nothing, one undo step,
 * plus the importBatches row and the remembered column mappings.
 */
import type {
  Account,
  AccountStatus,
  IcpProfile,
  ImportBatch,
} from '../../../../../shared/domain/types';
import type { ColumnMap, MergePolicy } from '../../../../../shared/accounts';
import type { CsvError } from '../../../../../shared/csv';
import { commit } from '../../../store/changes';
import type { FileSummary, FromWorker, PreviewSummary, ToWorker } from './importProtocol';

export type Progress = (phase: string, fraction: number) => void;

export class ImportCancelled extends Error {
  constructor() {
    super('Import cancelled');
  }
}

export class ImportFailed extends Error {
  constructor(readonly errors: CsvError[]) {
    super(errors.map((e) => e.message).join('\n'));
  }
}

export class AccountImportSession {
  private worker: Worker;
  private pending: { resolve: (m: FromWorker) => void; reject: (e: Error) => void } | null = null;
  private cancelled = false;

  constructor(private onProgress: Progress) {
    this.worker = new Worker(new URL('../../../workers/accountImport.worker.ts', import.meta.url), {
      type: 'module',
    });
    this.worker.onmessage = (e: MessageEvent<FromWorker>) => {
      const msg = e.data;
      if (msg.type === 'progress') return this.onProgress(msg.phase, msg.fraction);
      const p = this.pending;
      this.pending = null;
      if (!p) return;
      if (msg.type === 'failed') p.reject(new ImportFailed(msg.errors));
      else p.resolve(msg);
    };
    this.worker.onerror = (e) => {
      this.pending?.reject(
        new ImportFailed([{ file: '', message: e.message || 'The import stopped.' }]),
      );
      this.pending = null;
    };
  }

  private ask(message: ToWorker): Promise<FromWorker> {
    if (this.cancelled) return Promise.reject(new ImportCancelled());
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.worker.postMessage(message);
    });
  }

  async parse(
    files: { name: string; bytes: Uint8Array }[],
    remembered: Record<string, ColumnMap>,
  ): Promise<FileSummary[]> {
    const reply = await this.ask({ type: 'parse', files, remembered });
    if (reply.type !== 'parsed')
      throw new ImportFailed([{ file: '', message: 'Unexpected reply' }]);
    return reply.files;
  }

  async preview(options: {
    mappings: Record<string, ColumnMap>;
    policy: MergePolicy;
    defaultStatus: AccountStatus;
    profile: IcpProfile | null;
  }): Promise<PreviewSummary> {
    const reply = await this.ask({ type: 'preview', now: new Date().toISOString(), ...options });
    if (reply.type !== 'preview')
      throw new ImportFailed([{ file: '', message: 'Unexpected reply' }]);
    return reply.summary;
  }

  /** The rows to write, fetched in chunks so that no message blocks the window for long. */
  async rows(chunkSize = 1000): Promise<Account[]> {
    const all: Account[] = [];
    for (;;) {
      const reply = await this.ask({ type: 'rows', chunkSize });
      if (reply.type !== 'rows')
        throw new ImportFailed([{ file: '', message: 'Unexpected reply' }]);
      for (const row of reply.rows) all.push(row);
      this.onProgress('receiving', 1);
      if (reply.last) return all;
    }
  }

  /** Stops the Worker at once; nothing has been written, so nothing needs undoing. */
  cancel(): void {
    this.cancelled = true;
    this.worker.terminate();
    this.pending?.reject(new ImportCancelled());
    this.pending = null;
  }

  dispose(): void {
    this.worker.terminate();
  }
}

/** Writes an import: accounts, its batch record and the mappings to remember, as one step. */
export async function commitImport(input: {
  rows: Account[];
  summary: PreviewSummary;
  files: FileSummary[];
  mappings: Record<string, ColumnMap>;
  batchId: string;
}): Promise<ImportBatch> {
  const now = new Date().toISOString();
  const batch: ImportBatch = {
    id: input.batchId,
    kind: 'accounts',
    files: input.files.map((f) => f.name),
    at: now,
    counts: input.summary.counts,
  };
  const mappings = input.files.map((f) => ({
    signature: f.signature,
    mapping: input.mappings[f.name] ?? f.mapping,
    savedAt: now,
  }));
  const names = batch.files.join(', ');
  await commit(`Import ${names}`, {
    accounts: { put: input.rows },
    importBatches: { put: [batch] },
    columnMappings: { put: mappings },
  });
  return batch;
}
