/**
 * Turns the bytes of a text file into a string, and says how sure that reading is. A BOM
 * decides first (UTF-8, UTF-16 LE/BE); then BOM-less UTF-16 (every other byte zero); valid
 * UTF-8 stays UTF-8; anything else goes to the detector (chardet's hint, ranked by how
 * plausible each encoding's text is). The person can override the encoding per file, and
 * any reading that still looks wrong (U+FFFD, C1 controls, "Ã©") carries a warning.
 * Binary files are refused so the user gets "this is not a text file" instead of garbage.
 */
import { withoutAsciiControls } from './controlCharacters';
import { decodeAs } from './decodeAs';
import { detectLegacyEncoding, encodingSample } from './detectEncoding';
import { encodingInfo, encodingLabel, type TextEncodingName } from './encodings';
import { looksWrong, scoreText, type Plausibility } from './textPlausibility';

export { decodeWindows1252 } from './decodeAs';
export type { TextEncodingName } from './encodings';

/** How the encoding was decided: by a BOM or its byte pattern, as valid UTF-8, by the detector, by the person. */
export type EncodingSource = 'bom' | 'utf-8' | 'detected' | 'chosen';

export interface DecodedText {
  ok: true;
  text: string;
  encoding: TextEncodingName;
  source: EncodingSource;
  /** Set when the text looks wrongly decoded: a word where it shows, for the warning. */
  suspect: { example: string | null } | null;
}

export type DecodeResult = DecodedText | { ok: false; message: string };

function hasPrefix(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * BOM-less UTF-16: in the first 4 KB, NUL bytes at one parity only (the high byte of every
 * ASCII character: delimiters, digits, line ends) and none at the other. Text in one script
 * (Cyrillic: 0x04 high bytes) still has its ASCII; binary data has NULs everywhere.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.1 && evenZero === 0) return 'utf-16le';
  if (evenZero > pairs * 0.1 && oddZero === 0) return 'utf-16be';
  return null;
}

// Files people pick by mistake: .xlsx/.zip, .xls/.doc (OLE), PDF, gzip.
const BINARY_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0xd0, 0xcf, 0x11, 0xe0],
  [0x25, 0x50, 0x44, 0x46, 0x2d],
  [0x1f, 0x8b],
];

/**
 * A binary signature, or many NUL bytes or control characters in the first 8 KB, mean the
 * file is not text. A few stray NULs in a CSV do not: readCsv removes them with a notice.
 */
function looksBinary(bytes: Uint8Array): boolean {
  if (BINARY_SIGNATURES.some((signature) => hasPrefix(bytes, signature))) return true;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  let nul = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) nul++;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return n > 0 && ((nul >= 8 && nul / n > 0.01) || control / n > 0.1);
}

/** ISO-2022-JP is 7-bit, so it passes as UTF-8: its escape sequences (ESC $ B, ESC $ @) give it away. */
function isIso2022Jp(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  for (let i = 0; i + 2 < n; i++) {
    if (
      bytes[i] === 0x1b &&
      bytes[i + 1] === 0x24 &&
      (bytes[i + 2] === 0x42 || bytes[i + 2] === 0x40)
    )
      return true;
  }
  return false;
}

function withCheck(
  text: string,
  encoding: TextEncodingName,
  source: EncodingSource,
  check: Plausibility,
): DecodedText {
  return {
    ok: true,
    text,
    encoding,
    source,
    suspect: looksWrong(check) ? { example: check.example } : null,
  };
}

function decoded(
  bytes: Uint8Array,
  encoding: TextEncodingName,
  source: EncodingSource,
): DecodedText {
  const name = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  const text = decodeAs(bytes, name);
  // Checked on the sample the detector uses: the lines with non-ASCII bytes, up to 16 KB.
  const check = scoreText(decodeAs(encodingSample(bytes), name), encodingInfo(encoding).script);
  return withCheck(text, encoding, source, check);
}

const BOMS: { bytes: number[]; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/**
 * Decodes bytes, detecting the encoding — or in `override` when the person chose one. A BOM
 * of the chosen encoding is dropped; a UTF-8 file with a BOM stays 'utf-8-bom' either way,
 * because that tells the import the file may be the workbench's own Excel-safe export.
 */
export function decodeText(bytes: Uint8Array, override?: TextEncodingName): DecodeResult {
  const bom = BOMS.find((b) => hasPrefix(bytes, b.bytes));
  if (override) {
    const name = override === 'utf-8-bom' ? 'utf-8' : override;
    const skip = bom && bom.encoding === name ? bom.bytes.length : 0;
    const encoding = name === 'utf-8' && skip > 0 ? 'utf-8-bom' : name;
    return decoded(bytes.subarray(skip), encoding, 'chosen');
  }
  if (bom) {
    const encoding = bom.encoding === 'utf-8' ? 'utf-8-bom' : bom.encoding;
    return decoded(bytes.subarray(bom.bytes.length), encoding, 'bom');
  }
  const guessed = utf16WithoutBom(bytes);
  if (guessed) return decoded(bytes, guessed, 'bom');
  if (looksBinary(bytes)) {
    return {
      ok: false,
      message:
        'This is not a text file (it holds binary data). Export the data as CSV and import that file.',
    };
  }
  let text: string | null = null;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    text = null;
  }
  if (text !== null) {
    if (isIso2022Jp(bytes)) return decoded(bytes, 'iso-2022-jp', 'detected');
    // A stray NUL in a valid UTF-8 file is no sign of a wrong encoding (readCsv removes it).
    const check = scoreText(withoutAsciiControls(text.slice(0, 65536)), 'any');
    return withCheck(text, 'utf-8', 'utf-8', check);
  }
  const guess = detectLegacyEncoding(bytes);
  return withCheck(decodeAs(bytes, guess.encoding), guess.encoding, 'detected', guess.plausibility);
}

/**
 * What the person should know about a file's encoding, naming the file: that it was not
 * UTF-8 and what it was read as, and a warning when the reading still looks wrong.
 */
export function encodingNotices(file: string, d: DecodedText): string[] {
  const label = encodingLabel(d.encoding);
  const notices: string[] = [];
  if (d.source === 'detected') {
    notices.push(
      `${file} is not UTF-8; it was read as ${label}. Check the names in the preview and pick another encoding if they look wrong (export as "CSV UTF-8" to avoid this).`,
    );
  }
  if (d.suspect) {
    const example = d.suspect.example ? ` (for example "${d.suspect.example}")` : '';
    notices.push(
      `${file}: the text read as ${label} looks wrong${example}. Pick the encoding the file was saved in.`,
    );
  }
  return notices;
}
