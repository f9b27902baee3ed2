// Runs every benchmark module in test/bench/*.bench.ts, each compared with a baseline in the
// same run, and writes bench-results/<name>.json plus a readable table (also in
// bench-results/README.md). `--smoke` runs each once at a tiny size (part of npm test) and
// writes nothing, so no benchmark can rot. `--only NAME` runs one module. A browser benchmark
// asks for the bench build (ctx.benchApp()): the app plus test/bench/app's window hooks,
// built here once into dist-bench/, so the product bundle carries no benchmark code.
import { readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importTs } from './run-ts.mjs';

const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;

const benchDir = resolve('test/bench');
const files = readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f.startsWith(only))
  .sort();
let benchAppBuilt;
const ctx = {
  smoke,
  log: (m) => console.log(`  ${m}`),
  benchApp: () => (benchAppBuilt ??= buildBenchApp()),
  chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
};

async function buildBenchApp() {
  console.log('  building the bench app (dist-bench/)');
  const { buildBenchApp: build } = await importTs('test/bench/app/buildBenchApp.ts');
  return build(resolve('.'));
}

const all = [];
let failed = 0;
for (const file of files) {
  const name = file.replace(/\.bench\.ts$/, '');
  console.log(`\n▶ ${name}${smoke ? ' (smoke)' : ''}`);
  const started = performance.now();
  try {
    const mod = await importTs(join(benchDir, file));
    const results = await mod.default(ctx);
    for (const r of results) all.push({ module: name, ...r });
    if (!smoke) {
      mkdirSync('bench-results', { recursive: true });
      writeFileSync(
        join('bench-results', `${name}.json`),
        JSON.stringify(
          { module: name, measuredAt: new Date().toISOString(), machine: machine(), results },
          null,
          2,
        ) + '\n',
      );
    }
    console.log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (e) {
    failed++;
    console.error(`  ✗ ${name} failed: ${e instanceof Error ? e.stack : e}`);
  }
}

const table = toTable(all);
console.log(`\n${table}`);
if (!smoke && !only)
  writeFileSync(join('bench-results', 'README.md'), `# Benchmark results\n\n${table}\n`);
const misses = all.filter((r) => r.pass === false).length;
console.log(
  `\n${all.length} results from ${files.length} benchmarks; ${misses} missed their target; ${failed} failed to run.`,
);
process.exit(failed > 0 ? 1 : 0);

function machine() {
  return { node: process.version, platform: process.platform, arch: process.arch };
}

function fmt(v, unit) {
  if (typeof v !== 'number') return String(v);
  const n = Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2);
  return `${n} ${unit}`;
}

function toTable(rows) {
  const lines = [
    '| benchmark | result | baseline (same run) | target | met |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    const base = r.baseline ? `${r.baseline.name}: ${fmt(r.baseline.value, r.baseline.unit)}` : '';
    const met = r.pass === undefined ? '' : r.pass ? 'yes' : '**no**';
    lines.push(
      `| ${r.module}: ${r.name} | ${fmt(r.value, r.unit)} | ${base} | ${r.target ?? ''} | ${met} |`,
    );
  }
  return lines.join('\n');
}
