/**
 * The contacts-and-leads import off the main thread: reads the files, maps their columns and
 * dedupes them against the stored people (read here from IndexedDB), and hands back what the
 * import would do. On 'commit' it writes the previewed rows itself, in one transaction (as the
 * account import does): 500,000 people never cross into the window, whose thread would spend
 * seconds taking them in and writing them; the window records the write as one undo step.
 * Cancel terminates this Worker; nothing has been written then.
 */
import type { ColumnMap } from '../../../../shared/accounts/columnMapping';
import {
  buildContactPreview,
  parseContactFiles,
  type ContactPreview,
  type ParsedContactFile,
} from '../../../../shared/contacts/contactImport';
import type { CsvError } from '../../../../shared/csv/csvError';
import { randomId } from '../../../../shared/domain/ids';
import type { ColumnMapping, Contact, ImportBatch } from '../../../../shared/domain/types';
import { serve, type CallContext } from '../../platform/workerRpc';
import { readAll } from '../../store/reads';
import { StoreWriteError } from '../../store/storeErrors';
import type { WriteEvent } from '../accounts/import/importProtocol';
import { writeAndReport } from '../accounts/import/importWrite';

export interface ContactFileSummary {
  name: string;
  headers: string[];
  source: ParsedContactFile['source'];
  signature: string;
  mapping: ColumnMap;
  rows: number;
}

export interface ContactImportRequest {
  /**
   * The files, sent with a session's first preview (their buffers moved here, so the window's
   * heap no longer holds a 50 MB file while the import runs); absent: the ones already sent.
   */
  files?: { name: string; bytes: Uint8Array }[];
  remembered: Record<string, ColumnMap>;
  /** The person's mapping per file name; absent: the suggested (or remembered) one. */
  mappings?: Record<string, ColumnMap>;
  now: string;
}

export interface ContactImportAnswer {
  files: ContactFileSummary[];
  /** The rows to write stay in the Worker (see commit); only how many there are comes back. */
  preview: Omit<ContactPreview, 'newContacts' | 'updates' | 'put'> & {
    updatedNames: string[];
    putCount: number;
  };
}

export interface ContactCommitRequest {
  batch: ImportBatch;
  mappings: ColumnMapping[];
}

type Context = CallContext<never, CsvError[]>;

/** The rows the last preview would write. */
let pending: Contact[] | null = null;
/** The files last sent, read again by each preview (another mapping) until this Worker ends. */
let sentFiles: NonNullable<ContactImportRequest['files']> | null = null;

const handlers = {
  async preview(request: ContactImportRequest, context: Context): Promise<ContactImportAnswer> {
    if (request.files) sentFiles = request.files;
    if (!sentFiles) {
      const message = 'No files were sent to read.';
      return context.fail(message, [{ file: '', message }]);
    }
    const parsed = parseContactFiles(sentFiles, request.remembered);
    if (!parsed.ok) return context.fail('The files could not be read.', parsed.errors);
    const files = parsed.files.map((f) => ({
      ...f,
      mapping: request.mappings?.[f.table.file] ?? f.mapping,
    }));
    const stored = await readAll('contacts');
    const preview = buildContactPreview(files, stored, { now: request.now, newId: randomId });
    if (!preview.ok) return context.fail('The mapping cannot be used.', preview.errors);
    const { newContacts: _new, updates, put, ...rest } = preview;
    pending = put;
    return {
      files: files.map((f) => ({
        name: f.table.file,
        headers: f.table.headers,
        source: f.source,
        signature: f.signature,
        mapping: f.mapping,
        rows: f.table.rows.length,
      })),
      preview: {
        ...rest,
        putCount: put.length,
        updatedNames: updates
          .slice(0, 20)
          .map((u) => `${u.after.firstName} ${u.after.lastName}`.trim() || u.after.email),
      },
    };
  },

  /**
   * Writes the last preview's rows, the import record and the remembered mappings in one
   * transaction, and sends back what the window's undo step needs (writeAndReport).
   * Cancelling the call aborts the transaction: nothing is written.
   */
  async commit(
    ask: ContactCommitRequest,
    context: CallContext<WriteEvent, CsvError[]>,
  ): Promise<void> {
    const rows = pending;
    if (!rows) {
      const message = 'Nothing to import: the preview is gone.';
      return context.fail(message, [{ file: '', message }]);
    }
    try {
      await writeAndReport(
        {
          contacts: { put: rows },
          importBatches: { put: [ask.batch] },
          columnMappings: { put: ask.mappings },
        },
        {
          signal: context.signal,
          emit: context.emit,
          action: `import ${rows.length.toLocaleString()} ${rows.length === 1 ? 'person' : 'people'}`,
        },
      );
    } catch (err) {
      // A cancelled write's error makes serve() answer "cancelled"; any other is a failure.
      if (err instanceof StoreWriteError && err.reason === 'cancelled') throw err;
      const message = err instanceof Error ? err.message : String(err);
      return context.fail(message, [{ file: '', message }]);
    }
    pending = null;
  },
};

export type ContactImportWorker = typeof handlers;

serve(handlers);
