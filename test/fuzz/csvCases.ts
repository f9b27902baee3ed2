/**
 * Malformed CSV files, seeded: broken quotes, mixed delimiters, huge and repeated headers, NUL
 * bytes, invalid UTF-8, BOM variants, overlong cells, random bytes, truncated files, mixed line
 * endings, ragged rows, control characters. Each goes into an import against a good workspace.
 */
import { baseWorkspace, concat, repoFile, utf8, type FuzzCase, type Scale } from './fuzzCase';
import type { Random } from './random';

const SEEDS = [
  'test/fixtures/export/cli/salesforce-accounts.csv',
  'test/fixtures/export/cli/hubspot-companies.csv',
  'test/fixtures/accounts/salesforce-report.csv',
  'test/fixtures/accounts/hubspot-companies.csv',
  'test/fixtures/accounts/rejected-rows.csv',
];
const MOTIONS = 'test/fixtures/export/cli/motions.csv';

const decoder = new TextDecoder();
const seedText = (r: Random, motions: boolean) =>
  decoder.decode(repoFile(motions ? MOTIONS : r.pick(SEEDS)));

/** Each builds a CSV from a well-formed seed text; `big` is the largest size to reach for. */
type CsvMutation = (r: Random, seed: string, big: number) => Uint8Array;

function insertAt(r: Random, text: string, insert: () => string, times: number): string {
  let out = text;
  for (let i = 0; i < times; i++) {
    const at = r.int(0, out.length);
    out = out.slice(0, at) + insert() + out.slice(at);
  }
  return out;
}

const header = (seed: string) => seed.split(/\r?\n/)[0] ?? 'Account Name';
const headerNames = [
  'Account Name',
  'Website',
  'Company name',
  'Company domain name',
  'Account ID',
  'Record ID',
  'Industry',
  'Employees',
  'Name',
  'Start',
  'End',
  '',
  '__proto__',
  'constructor',
  'toString',
];

export const CSV_MUTATIONS: Record<string, CsvMutation> = {
  'bad-quotes': (r, seed) =>
    utf8(insertAt(r, seed, () => r.pick(['"', '""', '"x"y', '"\n', 'a"b']), r.int(1, 6))),
  'unterminated-quote': (r, seed) => {
    const lines = seed.split('\n');
    const at = r.int(1, Math.max(1, lines.length - 1));
    lines[at] = `"${lines[at] ?? ''}`;
    return utf8(lines.join('\n'));
  },
  'mixed-delimiters': (r, seed) =>
    utf8(
      [...seed].map((c) => (c === ',' && r.chance(0.4) ? r.pick([';', '\t', '|']) : c)).join(''),
    ),
  'huge-header': (r, seed, big) => {
    const n = r.size(big);
    const names = Array.from({ length: n }, (_, i) => `Column ${i} ${r.text(r.int(0, 6))}`);
    return utf8(`${names.join(',')}\n${seed.split('\n').slice(1).join('\n')}`);
  },
  'repeated-header': (r, seed, big) => {
    const name = r.pick(headerNames);
    const n = r.size(big);
    const cells = Array.from({ length: n }, () => (name.includes(',') ? `"${name}"` : name));
    const row = r.chance(0.5) ? `\n${cells.map(() => 'x').join(',')}` : '';
    return utf8(`${header(seed)},${cells.join(',')}${row}\n`);
  },
  'nul-bytes': (r, seed) =>
    utf8(insertAt(r, seed, () => '\u0000'.repeat(r.int(1, 4)), r.int(1, 20))),
  'invalid-utf8': (r, seed) => {
    const bytes = Array.from(utf8(seed));
    const junk = [
      [0xff],
      [0xfe],
      [0xc0, 0xaf],
      [0xed, 0xa0, 0x80],
      [0x80],
      [0xe2, 0x82],
      [0xf8, 0x88, 0x80, 0x80, 0x80],
    ];
    for (let i = r.int(1, 8); i > 0; i--) bytes.splice(r.int(0, bytes.length), 0, ...r.pick(junk));
    return new Uint8Array(bytes);
  },
  'bom-variants': (r, seed) => {
    const variant = r.int(0, 5);
    if (variant === 0)
      return concat(new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), utf8(seed));
    if (variant === 1) return utf8(insertAt(r, seed, () => '\ufeff', r.int(1, 3)));
    if (variant === 2 || variant === 3) {
      // UTF-16 with its BOM (little or big endian), the way Excel's "Unicode text" saves.
      const out = new Uint8Array(2 + seed.length * 2);
      out.set(variant === 2 ? [0xff, 0xfe] : [0xfe, 0xff]);
      for (let i = 0; i < seed.length; i++) {
        const c = seed.charCodeAt(i);
        const [lo, hi] = [c & 0xff, c >> 8];
        out.set(variant === 2 ? [lo, hi] : [hi, lo], 2 + i * 2);
      }
      return out;
    }
    if (variant === 4) return new Uint8Array([0xef, 0xbb, 0xbf]);
    return concat(new Uint8Array([0xef, 0xbb]), utf8(seed)); // a BOM cut short
  },
  'overlong-cell': (r, seed, big) => {
    const lines = seed.split('\n');
    const at = r.int(1, Math.max(1, lines.length - 1));
    const cell = r.pick(['x', 'ä', '"', ',', 'a b']).repeat(r.size(big * 100));
    lines[at] = `${r.chance(0.5) ? `"${cell.replaceAll('"', '""')}"` : cell},${lines[at] ?? ''}`;
    return utf8(lines.join('\n'));
  },
  'random-bytes': (r, _seed, big) => r.bytes(r.size(big * 4)),
  truncated: (r, seed) => {
    const bytes = utf8(seed);
    return bytes.slice(0, r.int(0, bytes.length));
  },
  'line-endings': (r, seed) =>
    utf8(seed.replace(/\r?\n/g, () => r.pick(['\n', '\r\n', '\r', '\n\n', '\r\r\n', '\u2028']))),
  'ragged-rows': (r, seed) =>
    utf8(
      seed
        .split('\n')
        .map((line, i) =>
          i === 0
            ? line
            : r.chance(0.5)
              ? `${line}${',x'.repeat(r.int(1, 50))}`
              : line.split(',').slice(0, r.int(0, 3)).join(','),
        )
        .join('\n'),
    ),
  'control-chars': (r, seed) =>
    utf8(
      insertAt(
        r,
        seed,
        () => r.pick(['\u0001', '\u001b[31m', '\u007f', '=cmd|/c calc', '@SUM(1)', '\t', '\u202e']),
        r.int(1, 30),
      ),
    ),
  'empty-ish': (r) =>
    utf8(
      r.pick(['', '\n', '\r\n', ' ', ',,,', '"', '""', 'Account Name', 'Account Name\n', '\ufeff']),
    ),
  'many-rows': (r, seed, big) => {
    const rows = r.size(big);
    const lines = [header(seed)];
    for (let i = 0; i < rows; i++)
      lines.push(`Company ${i},company-${r.int(0, rows)}.example,${r.text(r.int(0, 8))}`);
    return utf8(lines.join('\n'));
  },
  'random-text': (r, _seed, big) => utf8(r.text(r.size(big * 2))),
};

export const CSV_KINDS = Object.keys(CSV_MUTATIONS);

export function csvCase(id: number, r: Random, scale: Scale): FuzzCase {
  const kind = r.pick(CSV_KINDS);
  const motions = r.chance(0.2);
  const big = scale === 'full' ? 200_000 : 3_000;
  const mutate = CSV_MUTATIONS[kind];
  if (!mutate) throw new Error(kind);
  const csv = mutate(r, seedText(r, motions), big);
  const argv = [
    motions ? 'import-motions' : 'import-accounts',
    'input.csv',
    '--workspace',
    'ws.json',
  ];
  if (r.chance(0.3)) argv.push('--skip-bad-rows');
  if (r.chance(0.3)) argv.push('--json');
  return {
    id,
    family: 'csv',
    kind,
    files: { 'input.csv': csv, 'ws.json': baseWorkspace() },
    argv,
    workspace: 'ws.json',
    outputs: ['ws.json'],
  };
}
