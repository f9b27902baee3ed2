/**
 * The main-thread side of an import: starts the Worker and turns its messages into
 * promises. The Worker writes the import itself — accounts, the importBatches row and the
 * remembered column mappings in one transaction, all or nothing — and this side records it
 * as one undo step (commitWritten), so 100,000 rows never cross into the window, only
 * their fingerprints. Cancel during the write aborts the Worker's transaction.
 */
import type { AccountStatus, IcpProfile, ImportBatch } from '../../../../../shared/domain/types';
import type { ChangeSet, TableChange } from '../../../store/history';
import type { RowPrints } from '../../../store/rowPrint';
import { commitWritten } from '../../../store/changes';
import { importRecord } from './importRecord';
import type { ColumnMap, MergePolicy } from '../../../../../shared/accounts';
import type { CsvError, TextEncodingName } from '../../../../../shared/csv';
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
  private replaced: ChangeSet = {};
  private written: RowPrints = {};
  /** Set while the Worker writes: stopping it then would leave the write queue waiting. */
  private writing = false;
  private stopAfterWrite = false;

  constructor(private onProgress: Progress) {
    this.worker = new Worker(new URL('./accountImport.worker.ts', import.meta.url), {
      type: 'module',
    });
    this.worker.onmessage = (e: MessageEvent<FromWorker>) => {
      const msg = e.data;
      if (msg.type === 'progress') return this.onProgress(msg.phase, msg.fraction);
      if (msg.type === 'replaced') return this.collect(msg);
      if (msg.type === 'written') return this.collectPrints(msg);
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

  /** Reads one parsed file again in another encoding; its summary comes back, the others stay. */
  async reread(name: string, encoding: TextEncodingName): Promise<FileSummary> {
    const reply = await this.ask({ type: 'reread', name, encoding });
    if (reply.type !== 'reread')
      throw new ImportFailed([{ file: '', message: 'Unexpected reply' }]);
    return reply.file;
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
    const reply = await this.ask({
      type: 'preview',
      now: new Date().toISOString(),
      keepSeparate: [],
      ...options,
      emptyValues: options.emptyValues ?? [],
    });
    if (reply.type !== 'preview')
      throw new ImportFailed([{ file: '', message: 'Unexpected reply' }]);
    return reply.summary;
  }

  private collect(part: { table: string; put?: unknown[]; delete?: string[]; clear?: boolean }) {
    const change: TableChange = (this.replaced[part.table as keyof ChangeSet] ??= {});
    if (part.clear) change.clear = true;
    if (part.put) (change.put ??= []).push(...part.put);
    if (part.delete) (change.delete ??= []).push(...part.delete);
  }

  private collectPrints(part: {
    table: keyof RowPrints;
    keys: string[];
    prints: (number | null)[];
  }) {
    const map = (this.written[part.table] ??= new Map());
    part.keys.forEach((key, i) => map.set(key, part.prints[i] ?? null));
  }

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
      this.replaced = {};
      this.written = {};
      this.writing = true;
      try {
        const reply = await this.ask({ type: 'commit', batch, mappings });
        if (reply.type === 'cancelled') throw new ImportCancelled();
        if (reply.type !== 'committed')
          throw new ImportFailed([{ file: '', message: 'Unexpected reply' }]);
        return { before: this.replaced, prints: this.written };
      } finally {
        this.writing = false;
        if (this.stopAfterWrite) this.worker.terminate();
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
    if (this.writing) this.worker.postMessage({ type: 'cancel-write' } satisfies ToWorker);
  }

  /** Stops the Worker at once; nothing has been written, so nothing needs undoing. */
  cancel(): void {
    if (this.writing) return this.cancelWrite();
    this.cancelled = true;
    this.worker.terminate();
    this.pending?.reject(new ImportCancelled());
    this.pending = null;
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
    this.worker.terminate();
    this.pending?.reject(new ImportCancelled());
    this.pending = null;
  }
}
