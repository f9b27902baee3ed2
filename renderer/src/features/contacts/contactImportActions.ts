/**
 * The window's side of the contacts import: asks the Worker for the preview (cancellable),
 * then has the Worker write the previewed rows, the import record and the remembered
 * mappings in one transaction, recorded here as one undo step ("Undo Import contacts") with
 * commitWritten, as the account import does: the rows never cross into the window.
 */
import type { ColumnMap } from '../../../../shared/accounts/columnMapping';
import type { CsvError } from '../../../../shared/csv/csvError';
import type { ColumnMapping, ImportBatch } from '../../../../shared/domain/types';
import { client, type WorkerClient } from '../../platform/workerRpc';
import { commitWritten } from '../../store/changes';
import { WrittenCollector } from '../accounts/import/writtenCollector';
import type {
  ContactImportAnswer,
  ContactImportRequest,
  ContactImportWorker,
} from './contactImport.worker';

export class ContactImportFailed extends Error {
  constructor(readonly errors: CsvError[]) {
    super(errors.map((e) => e.message).join('\n'));
  }
}

type SentFiles = NonNullable<ContactImportRequest['files']>;

/** The files' buffers that can move to the Worker: each whole, each once. */
function movableBuffers(files: SentFiles): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const { bytes } of files) {
    const buffer = bytes.buffer;
    if (
      buffer instanceof ArrayBuffer &&
      bytes.byteOffset === 0 &&
      bytes.byteLength === buffer.byteLength
    )
      buffers.add(buffer);
  }
  return [...buffers];
}

export class ContactImportSession {
  private rpc: WorkerClient<ContactImportWorker>;
  /** The files the Worker has (moved there with the first preview that named them). */
  private sent: SentFiles | null = null;

  constructor() {
    const worker = new Worker(new URL('./contactImport.worker.ts', import.meta.url), {
      type: 'module',
    });
    this.rpc = client<ContactImportWorker>(worker, {
      failure: (message, errors) => new ContactImportFailed(errors ?? [{ file: '', message }]),
      crashMessage: 'The contacts import stopped.',
    });
  }

  /**
   * The import's preview. The first call with a list of files moves their bytes to the Worker
   * (the caller's copies are empty afterwards); later calls with the same list (another
   * mapping) send only the rest, and the Worker reads the files it kept.
   */
  preview(request: ContactImportRequest & { files: SentFiles }): Promise<ContactImportAnswer> {
    const { files, ...rest } = request;
    if (files === this.sent) return this.rpc.call('preview', rest);
    this.sent = files;
    return this.rpc.call('preview', request, { transfer: movableBuffers(files) });
  }

  /** Writes the previewed import (see the Worker's commit) as one undo step. */
  async commit(answer: ContactImportAnswer, now: string, batchId: string): Promise<ImportBatch> {
    const batch: ImportBatch = {
      id: batchId,
      kind: 'contacts',
      files: answer.files.map((f) => f.name),
      at: now,
      counts: answer.preview.counts,
    };
    const mappings: ColumnMapping[] = answer.files.map((f) => ({
      signature: f.signature,
      mapping: f.mapping,
      savedAt: now,
    }));
    await commitWritten('Import contacts', async () => {
      const collector = new WrittenCollector();
      await this.rpc.call('commit', { batch, mappings }, { onEvent: (e) => collector.take(e) });
      return collector.undoStep();
    });
    return batch;
  }

  dispose(): void {
    this.rpc.terminate();
  }
}

export type { ColumnMap };
