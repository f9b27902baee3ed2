/**
 * Which legacy encoding a file that is not UTF-8 is in. chardet (ICU's detector) gives the
 * hint; on the short texts of a CSV export it often ranks a neighbour first (Turkish as
 * Baltic, Russian tied with Baltic), so every encoding we can decode is tried on a sample
 * and ranked by how plausible its text is for that encoding's script, the hint breaking ties.
 */
import { analyse } from 'chardet';
import { TEXT_ENCODINGS, toSupportedEncoding, type SupportedEncoding } from './encodings';
import { withoutAsciiControls } from './controlCharacters';
import { decodeAs } from './decodeAs';
import { scoreText, type Plausibility } from './textPlausibility';

const SAMPLE_BYTES = 16 * 1024;
/** How many penalty points a full 100 of chardet confidence is worth. */
const HINT_WEIGHT = 5;
/**
 * The code pages Excel saves CSV in win a close call: Windows-1252 (Excel on Western Windows
 * writes most legacy exports) over its neighbours, and every Excel code page over EUC-JP,
 * which no Excel writes. A few short Chinese names ("百度", "深圳", "杭州") are valid EUC-JP
 * too, read as rare kanji ("為業", "瑳巒") that score as well, and chardet vouches for
 * neither; Japanese with any kana still reads as EUC-JP, since kana are rare in Chinese.
 */
const PRIOR: Partial<Record<SupportedEncoding, number>> = { 'windows-1252': 0.5, 'euc-jp': -0.5 };
/**
 * A multi-byte encoding reads almost any run of high bytes as some Han character, so its
 * reading counts only as far as chardet's character-frequency check vouches for it.
 */
const MULTI_BYTE = new Set<string>(['japanese', 'chinese', 'korean']);
const UNVOUCHED_WEIGHT = 10;

/**
 * The lines that hold non-ASCII bytes, up to 16 KB: a 100,000-row file whose first rows are
 * plain ASCII still shows its encoding, and every candidate decodes the same small sample.
 * Cutting at a line feed is safe in every encoding tried: 0x0A is never a trail byte.
 */
export function encodingSample(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= SAMPLE_BYTES) return bytes;
  const out = new Uint8Array(SAMPLE_BYTES);
  let size = 0;
  let start = 0;
  while (start < bytes.length && size < SAMPLE_BYTES) {
    let end = bytes.indexOf(0x0a, start);
    end = end < 0 ? bytes.length : end + 1;
    let high = false;
    for (let i = start; i < end && !high; i++) high = (bytes[i] as number) >= 0x80;
    if (high) {
      const take = Math.min(end - start, SAMPLE_BYTES - size);
      out.set(bytes.subarray(start, start + take), size);
      size += take;
    }
    start = end;
  }
  return size > 0 ? out.subarray(0, size) : bytes.subarray(0, SAMPLE_BYTES);
}

export interface EncodingGuess {
  encoding: SupportedEncoding;
  plausibility: Plausibility;
}

const LEGACY = TEXT_ENCODINGS.filter((e) => e.script !== 'any' && e.name !== 'iso-2022-jp');

/**
 * The most plausible legacy encoding of bytes that are not valid UTF-8. Encodings that read
 * the sample the same (Windows-1253 and ISO-8859-7 without 'Ά') are one reading, named by
 * the first in TEXT_ENCODINGS (the Windows code page Excel writes) with the best hint.
 */
export function detectLegacyEncoding(bytes: Uint8Array): EncodingGuess {
  const sample = encodingSample(bytes);
  const hints = new Map<string, number>();
  for (const match of analyse(sample)) {
    const name = toSupportedEncoding(match.name);
    if (name && !hints.has(name)) hints.set(name, match.confidence);
  }
  const readings = new Map<string, EncodingGuess & { hint: number; multiByte: boolean }>();
  for (const e of LEGACY) {
    const text = decodeAs(sample, e.name);
    const hint = hints.get(e.name) ?? 0;
    const same = readings.get(text);
    if (same) same.hint = Math.max(same.hint, hint);
    else
      readings.set(text, {
        encoding: e.name,
        // A stray NUL reads the same in every candidate and says nothing about which is right.
        plausibility: scoreText(withoutAsciiControls(text), e.script),
        hint,
        multiByte: MULTI_BYTE.has(e.script),
      });
  }
  let best: EncodingGuess | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const r of readings.values()) {
    const unvouched = r.multiByte ? ((100 - r.hint) / 100) * UNVOUCHED_WEIGHT : 0;
    const score =
      r.plausibility.penalty + unvouched - (r.hint / 100) * HINT_WEIGHT - (PRIOR[r.encoding] ?? 0);
    if (score < bestScore) [best, bestScore] = [r, score];
  }
  const chosen = best as EncodingGuess;
  return { encoding: chosen.encoding, plausibility: chosen.plausibility };
}
