/**
 * The first step every CRM import shares (accounts, contacts and leads): read each file (its
 * encoding, delimiter and limits, shared/csv/readCsv.ts), key its headers into a signature,
 * and map its columns — the remembered mapping for that signature, else the recognized one.
 * Which columns a kind of import recognizes is its own (ColumnRecognizer).
 */
import type { CsvError } from '../csv/csvError';
import type { TextEncodingName } from '../csv/encodings';
import { readCsv, type CsvTable } from '../csv/readCsv';
import { headerSignature, type ColumnMap, type CrmSource } from './columnMapping';

export interface ImportFile {
  name: string;
  bytes: Uint8Array | string;
  /** Read the file in this encoding instead of the detected one (the person's choice). */
  encoding?: TextEncodingName;
}

export interface ColumnRecognizer {
  detectSource: (headers: readonly string[]) => CrmSource;
  suggestMapping: (headers: readonly string[]) => ColumnMap;
  applyRemembered: (headers: readonly string[], remembered: ColumnMap) => ColumnMap;
}

export interface ReadImportFile {
  table: CsvTable;
  source: CrmSource;
  signature: string;
  /** The remembered mapping for this header signature, else the recognized one. */
  mapping: ColumnMap;
  remembered: boolean;
}

export type ReadImportFilesResult =
  { ok: true; files: ReadImportFile[] } | { ok: false; errors: CsvError[] };

export function readImportFiles(
  files: readonly ImportFile[],
  remembered: Readonly<Record<string, ColumnMap>>,
  columns: ColumnRecognizer,
  onFile?: (done: number, total: number) => void,
): ReadImportFilesResult {
  const read: ReadImportFile[] = [];
  const errors: CsvError[] = [];
  files.forEach((file, i) => {
    onFile?.(i, files.length);
    const result = readCsv(file.name, file.bytes, file.encoding ? { encoding: file.encoding } : {});
    if (!result.ok) {
      errors.push(result.error);
      return;
    }
    const signature = headerSignature(result.headers);
    const saved = remembered[signature];
    read.push({
      table: result,
      source: columns.detectSource(result.headers),
      signature,
      mapping: saved
        ? columns.applyRemembered(result.headers, saved)
        : columns.suggestMapping(result.headers),
      remembered: saved !== undefined,
    });
  });
  onFile?.(files.length, files.length);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, files: read };
}

/** What an import's preview says of each file it read. */
export interface ImportFileSummary {
  name: string;
  encoding: string;
  delimiter: string;
  rows: number;
  source: CrmSource;
  notices: string[];
}

export function importFileSummary(table: CsvTable, source: CrmSource): ImportFileSummary {
  return {
    name: table.file,
    encoding: table.encoding,
    delimiter: table.delimiter,
    rows: table.rows.length,
    source,
    notices: table.notices,
  };
}

/** How many rows the rejected cells fall in (a row with two bad cells counts once). */
export function rejectedRowCount(rejected: readonly { file: string; row: number }[]): number {
  return new Set(rejected.map((r) => `${r.file}\u001f${r.row}`)).size;
}
