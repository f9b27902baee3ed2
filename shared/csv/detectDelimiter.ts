/**
 * Picks the delimiter of a CSV text among , ; tab | by counting each outside quotes on the
 * first lines. Papa Parse's own guess needs equal field counts on every sampled line and
 * falls back to ',' for short or footer-carrying files, which misreads German ';' exports.
 */
export type CsvDelimiter = ',' | ';' | '\t' | '|';
export const CSV_DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t', '|'];

const SAMPLE_LINES = 20;

/** Counts of each delimiter outside quotes, per logical line, for the first lines. */
function sampleCounts(text: string): number[][] {
  const lines: number[][] = [];
  let counts = [0, 0, 0, 0];
  let inQuotes = false;
  for (let i = 0; i < text.length && lines.length < SAMPLE_LINES; i++) {
    const c = text[i];
    if (c === '"') {
      inQuotes = !inQuotes;
    } else if (!inQuotes && (c === '\n' || c === '\r')) {
      if (c === '\r' && text[i + 1] === '\n') i++;
      lines.push(counts);
      counts = [0, 0, 0, 0];
    } else if (!inQuotes) {
      const k = CSV_DELIMITERS.indexOf(c as CsvDelimiter);
      if (k >= 0) counts[k] = (counts[k] as number) + 1;
    }
  }
  if (lines.length < SAMPLE_LINES && counts.some((n) => n > 0)) lines.push(counts);
  return lines;
}

export function detectDelimiter(text: string): CsvDelimiter {
  const lines = sampleCounts(text);
  const header = lines[0];
  if (!header) return ',';
  let best: CsvDelimiter = ',';
  let bestScore = 0;
  CSV_DELIMITERS.forEach((delimiter, k) => {
    const inHeader = header[k] as number;
    if (inHeader === 0) return;
    // Lines that agree with the header's count make the choice sure; the count breaks ties.
    const agreeing = lines.filter((line) => line[k] === inHeader).length;
    const score = agreeing * 1000 + inHeader;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  });
  return best;
}
