/**
 * The results import off the main thread: reads the files, builds the preview against the
 * stored accounts and opportunities (read here, so 100,000 accounts never cross the thread
 * boundary), and on 'commit' writes the opportunities, the import record and the remembered
 * mappings in one transaction (writeAndReport, as the account import does). Cancel before
 * the commit stops the Worker with nothing written; during it, the transaction aborts.
 */
import {
  buildResultsPreview,
  parseResultsFiles,
  type ParsedResultsFile,
  type ResultsImportFile,
  type ResultsPreview,
} from '../../../../../shared/results';
import type { CsvError } from '../../../../../shared/csv';
import { readPaged, readAll } from '../../../store/reads';
import { StoreWriteError } from '../../../store/storeErrors';
import { serve, type CallContext } from '../../../platform/workerRpc';
import type { ImportProgress, WriteEvent } from '../../accounts/import/importProtocol';
import { writeAndReport } from '../../accounts/import/importWrite';
import {
  ERROR_LIMIT,
  UNMATCHED_LIMIT,
  type ResultsCommitRequest,
  type ResultsFileSummary,
  type ResultsParseRequest,
  type ResultsPreviewRequest,
  type ResultsPreviewSummary,
} from './resultsProtocol';
import type { TextEncodingName } from '../../../../../shared/csv';

type Context<Event = ImportProgress> = CallContext<Event, CsvError[]>;

let parsed: ParsedResultsFile[] = [];
let sources: ResultsImportFile[] = [];
let remembered: Record<string, Record<string, string>> = {};
let preview: ResultsPreview | null = null;

function summary(f: ParsedResultsFile): ResultsFileSummary {
  return {
    name: f.table.file,
    headers: f.table.headers,
    sample: f.table.rows.slice(0, 5),
    rows: f.table.rows.length,
    crm: f.crm,
    signature: f.signature,
    mapping: f.mapping,
    remembered: f.remembered,
    encoding: f.table.encoding,
    encodingSource: f.table.encodingSource,
    encodingWarning: f.table.encodingWarning,
    notices: f.table.notices,
  };
}

const failWith = <E>(context: Context<E>, errors: CsvError[]): never =>
  context.fail(errors.map((e) => e.message).join('\n'), errors);

const handlers = {
  parse(ask: ResultsParseRequest, context: Context): ResultsFileSummary[] {
    context.emit({ type: 'progress', phase: 'reading', fraction: 0 });
    const result = parseResultsFiles(ask.files, ask.remembered);
    if (!result.ok) return failWith(context, result.errors);
    parsed = result.files;
    sources = ask.files;
    remembered = ask.remembered;
    preview = null;
    return parsed.map(summary);
  },

  reread(ask: { name: string; encoding: TextEncodingName }, context: Context): ResultsFileSummary {
    const at = parsed.findIndex((f) => f.table.file === ask.name);
    const source = sources.find((f) => f.name === ask.name);
    if (at < 0 || !source)
      return failWith(context, [{ file: ask.name, message: 'The file is gone.' }]);
    const result = parseResultsFiles([{ ...source, encoding: ask.encoding }], remembered);
    if (!result.ok) return failWith(context, result.errors);
    const file = result.files[0] as ParsedResultsFile;
    parsed[at] = file;
    preview = null;
    return summary(file);
  },

  async preview(ask: ResultsPreviewRequest, context: Context): Promise<ResultsPreviewSummary> {
    context.emit({ type: 'progress', phase: 'matching', fraction: 0.3 });
    const [accounts, existing] = [await readPaged('accounts'), await readAll('opportunities')];
    const result = buildResultsPreview(
      parsed.map((f) => ({ ...f, mapping: ask.mappings[f.table.file] ?? f.mapping })),
      {
        accounts,
        existing,
        now: ask.now,
        ...(ask.dateOrder ? { dateOrder: ask.dateOrder } : {}),
        dateOrderSetting: ask.dateOrderSetting,
      },
    );
    preview = result;
    return {
      files: result.files,
      counts: result.counts,
      matchedBy: result.matchedBy,
      unmatched: result.unmatched.slice(0, UNMATCHED_LIMIT),
      errors: result.errors.slice(0, ERROR_LIMIT),
      errorCount: result.errors.length,
      dateQuestion: result.dateQuestion,
      notices: result.notices,
      canImport: result.canImport,
    };
  },

  async commit(ask: ResultsCommitRequest, context: Context<WriteEvent>): Promise<void> {
    const written = preview;
    if (!written?.canImport) {
      return failWith(context, [{ file: '', message: 'Nothing to import: the preview is gone.' }]);
    }
    const rows = written.put.length;
    try {
      await writeAndReport(
        {
          opportunities: { put: written.put },
          importBatches: { put: [ask.batch] },
          columnMappings: { put: ask.mappings },
        },
        {
          signal: context.signal,
          emit: context.emit,
          action: `import ${rows.toLocaleString()} ${rows === 1 ? 'opportunity' : 'opportunities'}`,
        },
      );
    } catch (err) {
      if (err instanceof StoreWriteError && err.reason === 'cancelled') throw err;
      return failWith(context, [
        { file: '', message: err instanceof Error ? err.message : String(err) },
      ]);
    }
    preview = null;
  },
};

export type ResultsImportWorker = typeof handlers;

serve(handlers);
