/**
 * The contacts-and-leads import off the main thread: reads the files, maps their columns and
 * dedupes them against the stored people (read here from IndexedDB), and hands back what the
 * import would do and the rows to write. The window writes them with commit(), one undo step.
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
import { serve, type CallContext } from '../../platform/workerRpc';
import { readAll } from '../../store/reads';

export interface ContactFileSummary {
  name: string;
  headers: string[];
  source: ParsedContactFile['source'];
  signature: string;
  mapping: ColumnMap;
  rows: number;
}

export interface ContactImportRequest {
  files: { name: string; bytes: Uint8Array }[];
  remembered: Record<string, ColumnMap>;
  /** The person's mapping per file name; absent: the suggested (or remembered) one. */
  mappings?: Record<string, ColumnMap>;
  now: string;
}

export interface ContactImportAnswer {
  files: ContactFileSummary[];
  preview: Omit<ContactPreview, 'newContacts' | 'updates'> & { updatedNames: string[] };
}

type Context = CallContext<never, CsvError[]>;

const handlers = {
  async preview(request: ContactImportRequest, context: Context): Promise<ContactImportAnswer> {
    const parsed = parseContactFiles(request.files, request.remembered);
    if (!parsed.ok) return context.fail('The files could not be read.', parsed.errors);
    const files = parsed.files.map((f) => ({
      ...f,
      mapping: request.mappings?.[f.table.file] ?? f.mapping,
    }));
    const stored = await readAll('contacts');
    const preview = buildContactPreview(files, stored, { now: request.now, newId: randomId });
    if (!preview.ok) return context.fail('The mapping cannot be used.', preview.errors);
    const { newContacts: _new, updates, ...rest } = preview;
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
        updatedNames: updates
          .slice(0, 20)
          .map((u) => `${u.after.firstName} ${u.after.lastName}`.trim() || u.after.email),
      },
    };
  },
};

export type ContactImportWorker = typeof handlers;

serve(handlers);
