/**
 * Turns the bytes of a text file into a string: UTF-8 (with or without BOM), UTF-16 LE/BE
 * (with BOM, or without one when every other byte is zero), and Windows-1252 as the fallback
 * for bytes that are not valid UTF-8 (Excel's "CSV" on Western Windows). Binary files are
 * detected so the user gets "this is not a text file" instead of garbage rows.
 */

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName; notices: string[] }
  | { ok: false; message: string };

// Windows-1252 differs from Latin-1 only in 0x80–0x9F; undefined slots map to U+FFFD.
const CP1252_HIGH = [
  0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0xfffd, 0x017d, 0xfffd, 0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const b = bytes[i] as number;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] as number) : b;
    }
    // eslint-disable-next-line no-restricted-syntax -- bounded by CHUNK, far below the argument limit
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

function hasPrefix(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Which byte positions (even / odd) of the first 4 KB are mostly zero: a BOM-less UTF-16 hint. */
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
  if (oddZero > pairs * 0.9 && evenZero === 0) return 'utf-16le';
  if (evenZero > pairs * 0.9 && oddZero === 0) return 'utf-16be';
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

export function decodeText(bytes: Uint8Array): DecodeResult {
  if (hasPrefix(bytes, [0xef, 0xbb, 0xbf])) {
    return utf8(bytes.subarray(3), 'utf-8-bom');
  }
  if (hasPrefix(bytes, [0xff, 0xfe])) {
    return utf16(bytes.subarray(2), 'utf-16le');
  }
  if (hasPrefix(bytes, [0xfe, 0xff])) {
    return utf16(bytes.subarray(2), 'utf-16be');
  }
  const guessed = utf16WithoutBom(bytes);
  if (guessed) return utf16(bytes, guessed);
  if (looksBinary(bytes)) {
    return {
      ok: false,
      message:
        'This is not a text file (it holds binary data). Export the data as CSV and import that file.',
    };
  }
  return utf8(bytes, 'utf-8');
}

function utf8(bytes: Uint8Array, encoding: 'utf-8' | 'utf-8-bom'): DecodeResult {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, text, encoding, notices: [] };
  } catch {
    return {
      ok: true,
      text: decodeWindows1252(bytes),
      encoding: 'windows-1252',
      notices: [
        'The file is not valid UTF-8, so it was read as Windows-1252 (Western European). ' +
          'Check accented names; export as "CSV UTF-8" to avoid this.',
      ],
    };
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeResult {
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  return { ok: true, text, encoding, notices: [] };
}
