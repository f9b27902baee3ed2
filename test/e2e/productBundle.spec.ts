/**
 * The product bundle carries no benchmark code: the built renderer (dist-renderer, what the
 * other specs and the app run) holds none of the strings only the benchmark hooks and
 * generators write, and no product source imports from test/. Benchmarks run the bench
 * build instead (test/bench/app/buildBenchApp.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test, expect } from './fixtures';

/** String literals of the bench code that survive minification, each one a file of it. */
const BENCH_MARKERS: { marker: string; source: string }[] = [
  { marker: '__abmAccountsBench', source: 'test/bench/app/accountsHook.ts' },
  { marker: 'abm-bench-plain', source: 'test/bench/app/accountsHook.ts' },
  { marker: 'Bench: every account to Tier 2', source: 'test/bench/app/accountsHook.ts' },
  { marker: '__abmCalendarBench', source: 'test/bench/app/calendarHook.ts' },
  { marker: 'Benchmark plan', source: 'test/bench/app/calendarHook.ts' },
  {
    marker: 'Imported from the benchmark generator',
    source: 'test/bench/data/syntheticSalesforceExport.ts',
  },
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test('the built renderer holds no benchmark hook, generator or string', () => {
  for (const { marker, source } of BENCH_MARKERS)
    expect(readFileSync(source, 'utf8'), `${source} still writes "${marker}"`).toContain(marker);

  const scripts = filesUnder('dist-renderer').filter((f) => /\.(m?js|html)$/.test(f));
  const code = scripts.map((f) => ({ file: f, text: readFileSync(f, 'utf8') }));
  // The scan reads the real app: its entry and the import Worker are there.
  expect(code.some((c) => c.text.includes('No accounts yet: import a Salesforce'))).toBe(true);
  expect(scripts.some((f) => /accountImport\.worker/.test(f))).toBe(true);

  const found = code.flatMap(({ file, text }) =>
    BENCH_MARKERS.filter(({ marker }) => text.includes(marker)).map(
      ({ marker }) => `${relative('.', file)}: "${marker}"`,
    ),
  );
  expect(found, 'benchmark code in the product bundle').toEqual([]);
});

test('no product source imports from test/', () => {
  const sources = ['renderer', 'shared', 'electron', 'cli']
    .flatMap(filesUnder)
    .filter((f) => /\.tsx?$/.test(f));
  const offenders = sources.filter((f) => /from '(\.\.\/)+test\//.test(readFileSync(f, 'utf8')));
  expect(offenders).toEqual([]);
});
