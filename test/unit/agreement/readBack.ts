/** Reads a CSV the way a spreadsheet would, for tests: the cells as text, BOM dropped. */
import Papa from 'papaparse';

export function readCsvText(text: string): string[][] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return Papa.parse<string[]>(body, { skipEmptyLines: true }).data;
}
