/** The CSV toolkit every import and export shares: read bytes into rows, write rows as CSV. */
export { readCsv, type CsvTable, type ReadCsvOptions, type ReadCsvResult } from './readCsv';
export {
  writeCsvText,
  writeCsvBytes,
  writeCsvTable,
  type CsvMode,
  type WriteCsvOptions,
} from './writeCsv';
export { isFormulaLike, neutralizeForExcel, restoreFromExcel } from './excelSafe';
export { CSV_LIMITS } from './limits';
export { formatCsvError, columnLetter, noticeOf, type CsvError } from './csvError';
export {
  decodeText,
  decodeWindows1252,
  encodingNotices,
  type DecodedText,
  type EncodingSource,
} from './decodeText';
export {
  TEXT_ENCODINGS,
  encodingLabel,
  isSupportedEncoding,
  toSupportedEncoding,
  type SupportedEncoding,
  type TextEncodingName,
} from './encodings';
export { detectDelimiter, CSV_DELIMITERS, type CsvDelimiter } from './detectDelimiter';
