/**
 * The RFC 5545 text rules an .ics file must follow: TEXT values escape backslash, semicolon,
 * comma and line breaks (§3.3.11); content lines end in CRLF and are folded so no line is
 * longer than 75 octets of UTF-8, continuing with one space (§3.1) — and a fold never cuts a
 * multi-byte character in two.
 */
import type { IsoDate, IsoDateTime } from '../domain/types';

/** Escapes a TEXT property value. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** UTF-8 length of one code point. */
function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

export const MAX_LINE_OCTETS = 75;

/** Folds one content line (without its CRLF) into physical lines of at most 75 octets. */
export function foldLine(line: string): string[] {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0) as number);
    if (octets + size > MAX_LINE_OCTETS) {
      out.push(current);
      // The leading space of a continuation line counts toward its 75 octets.
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out;
}

/** Joins content lines into an iCalendar stream: folded, each physical line ending in CRLF. */
export function joinContentLines(lines: readonly string[]): string {
  let text = '';
  for (const line of lines) {
    for (const physical of foldLine(line)) text += `${physical}\r\n`;
  }
  return text;
}

/** 'YYYYMMDD' — a DATE value. */
export function icsDate(date: IsoDate): string {
  return date.replace(/-/g, '');
}

/** 'YYYYMMDDTHHMMSSZ' — a UTC DATE-TIME value; invalid instants fall back to the epoch. */
export function icsDateTime(instant: IsoDateTime): string {
  const ms = Date.parse(instant);
  const iso = new Date(Number.isNaN(ms) ? 0 : ms).toISOString();
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}
