/**
 * Bytes into text in one named encoding, never throwing: bytes the encoding cannot read
 * become U+FFFD. Windows-1252 is decoded here by table, because Node's TextDecoder reads
 * it as Latin-1 (0x80–0x9F come out as control characters, so '€' and '“' are lost).
 */
import type { SupportedEncoding } from './encodings';

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

/** The text of bytes in an encoding; a BOM of that encoding is not part of the text. */
export function decodeAs(bytes: Uint8Array, encoding: SupportedEncoding): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  return new TextDecoder(encoding).decode(bytes);
}
