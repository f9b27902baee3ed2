/**
 * The main-thread side of an import: starts the Worker and calls its handlers (through
 * platform/workerRpc). The Worker writes the import itself — accounts, the importBatches row and the
 * remembered column mappings in one transaction, all or nothing — and this side records it
 * as one undo step (commitWritten), so 100,000 rows never cross into the window, only
 * their fingerprints. Cancel during the write aborts the Worker's transaction.
 */
import type { AccountStatus, IcpProfile, ImportBatch } from '../../../../../shared/domain/types';
import { WrittenCollector } from './writtenCollector';
import { commitWritten } from '../../../store/changes';
import { importRecord } from './importRecord';
import type { ColumnMap, MergePolicy } from '../../../../../shared/accounts';
import type { CsvError, TextEncodingName } from '../../../../../shared/csv';
import type { FileSummary, PreviewSummary, WriteEvent } from './importProtocol';
import type { ImportWorker } from './accountImport.worker';
import {
  CallCancelled,
  WorkerTerminated,
  client,
  type CallOptions,
  type EventOf,
  type RequestOf,
  type ResponseOf,
  type WorkerClient,
} from '../../../platform/workerRpc';

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
  private rpc: WorkerClient<ImportWorker>;
  private cancelled = false;
  private collector = new WrittenCollector();
  /** Set while the Worker writes: aborting it cancels the write's transaction. */
  private writing: AbortController | null = null;
  private stopAfterWrite = false;

  constructor(private onProgress: Progress) {
    const worker = new Worker(new URL('./accountImport.worker.ts', import.meta.url), {
      type: 'module',
    });
    this.rpc = client<ImportWorker>(worker, {
      failure: (message, errors) => new ImportFailed(errors ?? [{ file: '', message }]),
      crashMessage: 'The import stopped.',
    });
  }

  /** A call to the Worker; once the import is cancelled, every call rejects ImportCancelled. */
  private async ask<K extends keyof ImportWorker & string>(
    method: K,
    request: RequestOf<ImportWorker[K]>,
    options: CallOptions<EventOf<ImportWorker[K]>>,
  ): Promise<ResponseOf<ImportWorker[K]>> {
    if (this.cancelled) throw new ImportCancelled();
    try {
      return await this.rpc.call(method, request, options);
    } catch (e) {
      if (e instanceof CallCancelled || e instanceof WorkerTerminated) throw new ImportCancelled();
      throw e;
    }
  }

  async parse(
    files: { name: string; bytes: Uint8Array }[],
    remembered: Record<string, ColumnMap>,
  ): Promise<FileSummary[]> {
    return this.ask('parse', { files, remembered }, { onEvent: this.onEvent });
  }

  /** Reads one parsed file again in another encoding; its summary comes back, the others stay. */
  async reread(name: string, encoding: TextEncodingName): Promise<FileSummary> {
    return this.ask('reread', { name, encoding }, { onEvent: this.onEvent });
  }

  async preview(options: {
    mappings: Record<string, ColumnMap>;
    /** Values to read as empty in number columns; none unless the person ticked them. */
    emptyValues?: string[];
    policy: MergePolicy;
    defaultStatus: AccountStatus;
    profile: IcpProfile | null;
    keepSeparate?: 'all' | string[];
  }): Promise<PreviewSummary> {
    return this.ask(
      'preview',
      {
        now: new Date().toISOString(),
        keepSeparate: [],
        ...options,
        emptyValues: options.emptyValues ?? [],
      },
      { onEvent: this.onEvent },
    );
  }

  /** Every call's progress, and the commit's chunks of what it replaced and wrote. */
  private onEvent = (event: WriteEvent): void => {
    if (!this.collector.take(event) && event.type === 'progress') {
      this.onProgress(event.phase, event.fraction);
    }
  };

  /**
   * Has the Worker write the previewed import in one transaction and records it as one undo
   * step. The write completes or changes nothing; cancelWrite() makes it change nothing, and
   * this then rejects with ImportCancelled.
   */
  async commit(input: {
    summary: PreviewSummary;
    files: FileSummary[];
    mappings: Record<string, ColumnMap>;
    batchId: string;
  }): Promise<ImportBatch> {
    const { batch, mappings, label } = importRecord({
      ...input,
      counts: input.summary.counts,
      now: new Date().toISOString(),
    });
    await commitWritten(label, async () => {
      this.collector.reset();
      const writing = new AbortController();
      this.writing = writing;
      try {
        await this.ask(
          'commit',
          { batch, mappings },
          { signal: writing.signal, onEvent: this.onEvent },
        );
        return this.collector.undoStep();
      } finally {
        this.writing = null;
        if (this.stopAfterWrite) this.rpc.terminate(new ImportCancelled());
      }
    });
    return batch;
  }

  /**
   * Asks the Worker to abort the write in progress: its transaction aborts and commit()
   * rejects with ImportCancelled. A write that already committed is not undone here (it is
   * an undo step like any other), and commit() resolves as usual.
   */
  cancelWrite(): void {
    this.writing?.abort();
  }

  /** Stops the Worker at once; nothing has been written, so nothing needs undoing. */
  cancel(): void {
    if (this.writing) return this.cancelWrite();
    this.cancelled = true;
    this.rpc.terminate(new ImportCancelled());
  }

  /**
   * Stops the Worker — but a write once asked for completes (it is one transaction and is
   * recorded as an undo step), so then the Worker stops after it.
   */
  dispose(): void {
    if (this.writing) {
      this.stopAfterWrite = true;
      return;
    }
    this.rpc.terminate(new ImportCancelled());
  }
}
