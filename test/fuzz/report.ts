/**
 * Adds fuzz outcomes up: tried, clean error, unclear error, crash, hang, changed on failure,
 * temp files left, data lost; per runner and per family, as a text table and as JSON, with the
 * first findings of each sort so they can be replayed.
 */
import type { Outcome } from './pureRunner';

export interface Tally {
  tried: number;
  ok: number;
  cleanError: number;
  unclearError: number;
  crash: number;
  hang: number;
  changedOnFailure: number;
  tempFilesLeft: number;
  lostData: number;
  slowestMs: number;
}

export interface Report {
  seed: number;
  total: Tally;
  byRunner: Record<string, Tally>;
  byFamily: Record<string, Tally>;
  findings: Outcome[];
}

const empty = (): Tally => ({
  tried: 0,
  ok: 0,
  cleanError: 0,
  unclearError: 0,
  crash: 0,
  hang: 0,
  changedOnFailure: 0,
  tempFilesLeft: 0,
  lostData: 0,
  slowestMs: 0,
});

export const isFinding = (o: Outcome) =>
  o.verdict === 'crash' ||
  o.verdict === 'hang' ||
  o.verdict === 'unclear error' ||
  o.changedOnFailure ||
  o.tempFilesLeft.length > 0 ||
  o.lostData !== null;

function add(t: Tally, o: Outcome): void {
  t.tried++;
  if (o.verdict === 'ok') t.ok++;
  if (o.verdict === 'clean error') t.cleanError++;
  if (o.verdict === 'unclear error') t.unclearError++;
  if (o.verdict === 'crash') t.crash++;
  if (o.verdict === 'hang') t.hang++;
  if (o.changedOnFailure) t.changedOnFailure++;
  if (o.tempFilesLeft.length > 0) t.tempFilesLeft++;
  if (o.lostData !== null) t.lostData++;
  t.slowestMs = Math.max(t.slowestMs, Math.round(o.ms));
}

export function summarize(seed: number, outcomes: Outcome[]): Report {
  const report: Report = { seed, total: empty(), byRunner: {}, byFamily: {}, findings: [] };
  for (const o of outcomes) {
    add(report.total, o);
    add((report.byRunner[o.runner] ??= empty()), o);
    add((report.byFamily[o.family] ??= empty()), o);
    if (isFinding(o) && report.findings.length < 50) report.findings.push(o);
  }
  return report;
}

const COLUMNS: [keyof Tally, string][] = [
  ['tried', 'tried'],
  ['ok', 'accepted'],
  ['cleanError', 'clean error'],
  ['unclearError', 'unclear error'],
  ['crash', 'crash'],
  ['hang', 'hang > 30 s'],
  ['changedOnFailure', 'changed on failure'],
  ['tempFilesLeft', 'temp files left'],
  ['lostData', 'data lost'],
  ['slowestMs', 'slowest ms'],
];

export function formatTable(report: Report): string {
  const rows: [string, Tally][] = [
    ...Object.entries(report.byRunner).map(([k, t]) => [`runner: ${k}`, t] as [string, Tally]),
    ...Object.entries(report.byFamily).map(([k, t]) => [`family: ${k}`, t] as [string, Tally]),
    ['total', report.total],
  ];
  const width = Math.max(...COLUMNS.map(([, label]) => label.length));
  const lines = [`Fuzz run, seed ${report.seed}`, ''];
  lines.push(`${''.padEnd(width)}  ${rows.map(([name]) => name.padStart(18)).join('')}`);
  for (const [key, label] of COLUMNS) {
    lines.push(
      `${label.padEnd(width)}  ${rows.map(([, t]) => String(t[key]).padStart(18)).join('')}`,
    );
  }
  if (report.findings.length > 0) {
    lines.push('', 'Findings (first 50):');
    for (const f of report.findings) {
      const flags = [
        f.changedOnFailure && 'changed',
        f.tempFilesLeft.length > 0 && `left ${f.tempFilesLeft.join(' ')}`,
        f.lostData,
      ]
        .filter(Boolean)
        .join('; ');
      lines.push(
        `  #${f.id} ${f.runner} ${f.family}/${f.kind}: ${f.verdict}${flags ? ` (${flags})` : ''} — ${f.detail}`,
      );
    }
  }
  return lines.join('\n');
}
