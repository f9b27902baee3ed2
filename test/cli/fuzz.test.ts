// A slice of the fuzz suite (test/fuzz, `npm run fuzz` for 10,000 cases): malformed CSV and
// corrupted workspace files through the command line's pure core and the real process. Every
// case ends in success or a clean error naming the file: no crash, no hang, no file changed by
// a failed run, no temp file left, no workspace written that lost rows or cannot be read back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCase } from '../fuzz/cases';
import { runInProcess } from '../fuzz/processRunner';
import { runInCore, type Outcome } from '../fuzz/pureRunner';
import { formatTable, isFinding, summarize } from '../fuzz/report';
import { buildCli, type BuiltCli } from './builtCli';

const SEED = 20261201;
let cli: BuiltCli;
beforeAll(async () => {
  cli = await buildCli();
}, 60_000);
afterAll(() => cli?.remove());

function expectClean(outcomes: Outcome[]) {
  const report = summarize(SEED, outcomes);
  const findings = outcomes.filter(isFinding);
  expect(findings, formatTable(report)).toEqual([]);
  // Both kinds of bad input, and both ways out, were really exercised.
  expect(report.byFamily.csv?.tried).toBeGreaterThan(outcomes.length / 4);
  expect(report.byFamily.workspace?.tried).toBeGreaterThan(outcomes.length / 4);
  expect(report.total.cleanError).toBeGreaterThan(outcomes.length / 2);
  expect(report.total.ok).toBeGreaterThan(0);
}

describe('fuzz', () => {
  it('300 cases through the pure core', () => {
    const outcomes = Array.from({ length: 300 }, (_, i) =>
      runInCore(generateCase(SEED, i + 1, 'test')),
    );
    expectClean(outcomes);
  }, 120_000);

  it('40 cases through the real process, each in its own folder', () => {
    const outcomes = Array.from({ length: 40 }, (_, i) =>
      runInProcess(generateCase(SEED, 1000 + i, 'test'), cli.bin),
    );
    expectClean(outcomes);
  }, 180_000);
});
