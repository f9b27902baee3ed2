/**
 * The text encodings an import can read: the ones the standard TextDecoder supports in both
 * Chromium and Node (full ICU), each with the label a person recognizes and the script its
 * text is written in (the plausibility check uses it to tell a right decode from a wrong one).
 */

/** The writing system an encoding's text is in; 'any' for the Unicode encodings. */
export type TextScript =
  | 'any'
  | 'latin-west'
  | 'latin-central'
  | 'latin-baltic'
  | 'turkish'
  | 'vietnamese'
  | 'cyrillic'
  | 'greek'
  | 'hebrew'
  | 'arabic'
  | 'thai'
  | 'japanese'
  | 'chinese'
  | 'korean';

export interface TextEncodingInfo {
  /** The name TextDecoder takes (its canonical WHATWG name). */
  name: string;
  label: string;
  script: TextScript;
}

/** In the order the encoding picker lists them; the detector prefers earlier ones on a tie. */
export const TEXT_ENCODINGS = [
  { name: 'utf-8', label: 'UTF-8', script: 'any' },
  { name: 'utf-16le', label: 'UTF-16 LE', script: 'any' },
  { name: 'utf-16be', label: 'UTF-16 BE', script: 'any' },
  { name: 'windows-1252', label: 'Windows-1252 (Western European)', script: 'latin-west' },
  { name: 'windows-1250', label: 'Windows-1250 (Central European)', script: 'latin-central' },
  { name: 'windows-1251', label: 'Windows-1251 (Cyrillic)', script: 'cyrillic' },
  { name: 'windows-1253', label: 'Windows-1253 (Greek)', script: 'greek' },
  { name: 'windows-1254', label: 'Windows-1254 (Turkish)', script: 'turkish' },
  { name: 'windows-1257', label: 'Windows-1257 (Baltic)', script: 'latin-baltic' },
  { name: 'windows-1255', label: 'Windows-1255 (Hebrew)', script: 'hebrew' },
  { name: 'windows-1256', label: 'Windows-1256 (Arabic)', script: 'arabic' },
  { name: 'windows-1258', label: 'Windows-1258 (Vietnamese)', script: 'vietnamese' },
  { name: 'windows-874', label: 'Windows-874 (Thai)', script: 'thai' },
  { name: 'shift_jis', label: 'Shift_JIS (Japanese)', script: 'japanese' },
  { name: 'euc-jp', label: 'EUC-JP (Japanese)', script: 'japanese' },
  { name: 'iso-2022-jp', label: 'ISO-2022-JP (Japanese)', script: 'japanese' },
  { name: 'gb18030', label: 'GB18030 (Simplified Chinese)', script: 'chinese' },
  { name: 'big5', label: 'Big5 (Traditional Chinese)', script: 'chinese' },
  { name: 'euc-kr', label: 'EUC-KR (Korean)', script: 'korean' },
  { name: 'koi8-r', label: 'KOI8-R (Russian)', script: 'cyrillic' },
  { name: 'koi8-u', label: 'KOI8-U (Ukrainian)', script: 'cyrillic' },
  { name: 'iso-8859-15', label: 'ISO-8859-15 (Western European)', script: 'latin-west' },
  { name: 'iso-8859-2', label: 'ISO-8859-2 (Central European)', script: 'latin-central' },
  { name: 'iso-8859-13', label: 'ISO-8859-13 (Baltic)', script: 'latin-baltic' },
  { name: 'iso-8859-5', label: 'ISO-8859-5 (Cyrillic)', script: 'cyrillic' },
  { name: 'iso-8859-7', label: 'ISO-8859-7 (Greek)', script: 'greek' },
  { name: 'iso-8859-8', label: 'ISO-8859-8 (Hebrew)', script: 'hebrew' },
  { name: 'iso-8859-6', label: 'ISO-8859-6 (Arabic)', script: 'arabic' },
  { name: 'macintosh', label: 'Mac OS Roman', script: 'latin-west' },
] as const satisfies readonly TextEncodingInfo[];

export type SupportedEncoding = (typeof TEXT_ENCODINGS)[number]['name'];

/** What a table was read as: a supported encoding, or UTF-8 that began with a BOM. */
export type TextEncodingName = SupportedEncoding | 'utf-8-bom';

const BY_NAME = new Map<string, TextEncodingInfo>(TEXT_ENCODINGS.map((e) => [e.name, e]));

export function isSupportedEncoding(name: string): name is SupportedEncoding {
  return BY_NAME.has(name);
}

export function encodingInfo(name: TextEncodingName): TextEncodingInfo {
  if (name === 'utf-8-bom') return { name, label: 'UTF-8 with BOM', script: 'any' };
  return BY_NAME.get(name) as TextEncodingInfo;
}

/** 'UTF-8 with BOM', 'Windows-1251 (Cyrillic)'. */
export function encodingLabel(name: TextEncodingName): string {
  return encodingInfo(name).label;
}

/**
 * The supported encoding a name means, for the CLI's --encoding and for detector output:
 * case-insensitive, with the common aliases (latin1, cp1251, sjis, utf8…). Null when unknown.
 */
export function toSupportedEncoding(name: string): SupportedEncoding | null {
  const key = name.trim().toLowerCase().replace(/_/g, '-');
  if (key === 'shift-jis' || key === 'sjis') return 'shift_jis';
  const alias: Record<string, SupportedEncoding> = {
    utf8: 'utf-8',
    'utf-8-bom': 'utf-8',
    ascii: 'utf-8',
    'us-ascii': 'utf-8',
    'utf-16': 'utf-16le',
    latin1: 'windows-1252',
    'iso-8859-1': 'windows-1252',
    'iso-8859-9': 'windows-1254',
    gbk: 'gb18030',
    gb2312: 'gb18030',
  };
  const direct = alias[key];
  if (direct) return direct;
  const cp = /^(?:cp|windows)-?(\d{3,4})$/.exec(key);
  const candidate = cp ? `windows-${cp[1] as string}` : key;
  return isSupportedEncoding(candidate) ? candidate : null;
}
