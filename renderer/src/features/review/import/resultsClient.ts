/**
 * The main-thread side of the results import: starts the Worker, calls it, and records its
 * write as one undo step (commitWritten), like the account import's session (importClient.ts),
 * whose errors and write collector it shares.
 */
import type { ColumnMapping, ImportBatch } from '../../../../../shared/domain/types';
import type { TextEncodingName } from '../../../../../shared/csv';
import type { DateOrder, DateOrderSetting } from '../../../../../shared/dates/dateOrder';
import type { OpportunityColumnMap } from '../../../../../shared/results';
import { commitWritten } from '../../../store/changes';
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
import { ImportCancelled, ImportFailed, type Progress } from '../../accounts/import/importClient';
import type { WriteEvent } from '../../accounts/import/importProtocol';
import { WrittenCollector } from '../../accounts/import/writtenCollector';
import type { ResultsImportWorker } from './results.worker';
import type { ResultsFileSummary, ResultsPreviewSummary } from './resultsProtocol';

export class ResultsImportSession {
  private rpc: WorkerClient<ResultsImportWorker>;
  private collector = new WrittenCollector();
  /** Set while the Worker writes: aborting it cancels the write's transaction. */
  private writing: AbortController | null = null;
  private stopAfterWrite = false;

  constructor(private onProgress: Progress) {
    const worker = new Worker(new URL('./results.worker.ts', import.meta.url), { type: 'module' });
    this.rpc = client<ResultsImportWorker>(worker, {
      failure: (message, errors) => new ImportFailed(errors ?? [{ file: '', message }]),
      crashMessage: 'The results import stopped.',
    });
  }

  private async ask<K extends keyof ResultsImportWorker & string>(
    method: K,
    request: RequestOf<ResultsImportWorker[K]>,
    options: CallOptions<EventOf<ResultsImportWorker[K]>>,
  ): Promise<ResponseOf<ResultsImportWorker[K]>> {
    try {
      return await this.rpc.call(method, request, options);
    } catch (e) {
      if (e instanceof CallCancelled || e instanceof WorkerTerminated) throw new ImportCancelled();
      throw e;
    }
  }

  private onEvent = (event: WriteEvent): void => {
    if (!this.collector.take(event) && event.type === 'progress') {
      this.onProgress(event.phase, event.fraction);
    }
  };

  parse(
    files: { name: string; bytes: Uint8Array }[],
    remembered: Record<string, Record<string, string>>,
  ): Promise<ResultsFileSummary[]> {
    return this.ask('parse', { files, remembered }, { onEvent: this.onEvent });
  }

  reread(name: string, encoding: TextEncodingName): Promise<ResultsFileSummary> {
    return this.ask('reread', { name, encoding }, { onEvent: this.onEvent });
  }

  preview(options: {
    mappings: Record<string, OpportunityColumnMap>;
    dateOrder: DateOrder | null;
    dateOrderSetting: DateOrderSetting;
  }): Promise<ResultsPreviewSummary> {
    return this.ask(
      'preview',
      { ...options, now: new Date().toISOString() },
      { onEvent: this.onEvent },
    );
  }

  /**
   * Writes the previewed import in one transaction (all or nothing), recorded as one undo
   * step; cancelWrite() makes it write nothing and reject with ImportCancelled.
   */
  async commit(
    files: ResultsFileSummary[],
    mappings: Record<string, OpportunityColumnMap>,
    summary: ResultsPreviewSummary,
    batchId: string,
  ): Promise<ImportBatch> {
    const now = new Date().toISOString();
    const batch: ImportBatch = {
      id: batchId,
      kind: 'results',
      files: files.map((f) => f.name),
      at: now,
      counts: { new: summary.counts.new, updated: summary.counts.updated, merged: 0, rejected: 0 },
    };
    const remembered: ColumnMapping[] = files.map((f) => ({
      signature: f.signature,
      mapping: mappings[f.name] ?? f.mapping,
      savedAt: now,
    }));
    const n = summary.counts.new + summary.counts.updated;
    const label = `Import ${n.toLocaleString()} ${n === 1 ? 'opportunity' : 'opportunities'}`;
    await commitWritten(label, async () => {
      this.collector.reset();
      const writing = new AbortController();
      this.writing = writing;
      try {
        await this.ask(
          'commit',
          { batch, mappings: remembered },
          {
            signal: writing.signal,
            onEvent: this.onEvent,
          },
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
   * Asks the Worker to abort the write in progress: its transaction aborts, nothing is
   * written, and commit() rejects with ImportCancelled. A write that already committed is
   * not undone here (it is an undo step like any other), and commit() resolves as usual.
   */
  cancelWrite(): void {
    this.writing?.abort();
  }

  /** Cancels a write in progress, else stops the Worker at once (nothing was written). */
  cancel(): void {
    if (this.writing) return this.cancelWrite();
    this.rpc.terminate(new ImportCancelled());
  }

  /** Stops the Worker — after a write once asked for, which completes or changes nothing. */
  dispose(): void {
    if (this.writing) {
      this.stopAfterWrite = true;
      return;
    }
    this.rpc.terminate(new ImportCancelled());
  }
}
