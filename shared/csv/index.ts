/** The CSV toolkit every import and export shares: read bytes into rows, write rows as CSV. */
export { readCsv, type CsvTable, type ReadCsvResult } from './readCsv';
export {
  writeCsvText,
  writeCsvBytes,
  writeCsvTable,
  type CsvMode,
  type WriteCsvOptions,
} from './writeCsv';
export { isFormulaLike, neutralizeForExcel, restoreFromExcel } from './excelSafe';
export { CSV_LIMITS } from './limits';
export { formatCsvError, columnLetter, type CsvError } from './csvError';
export { decodeText, decodeWindows1252, type TextEncodingName } from './decodeText';
export { detectDelimiter, CSV_DELIMITERS, type CsvDelimiter } from './detectDelimiter';
