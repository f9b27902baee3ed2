// Runs a TypeScript entry under plain Node 20: bundles it with esbuild into a temp .mjs
// (node_modules stay external) and imports it. Used by `npm run web` and `npm run bench`.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function importTs(entry) {
  // Inside the project, so the bundle's bare imports (external packages) resolve from its
  // node_modules like any project file's.
  const cache = resolve('node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'abm-ts-'));
  const outfile = join(dir, 'entry.mjs');
  await build({
    entryPoints: [resolve(entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'warning',
    banner: {
      js:
        "import { createRequire as __abmCreateRequire } from 'node:module'; const require = __abmCreateRequire(" +
        JSON.stringify(resolve('package.json')) +
        ');',
    },
  });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [entry, ...rest] = process.argv.slice(2);
  if (!entry) {
    console.error('usage: node build/scripts/run-ts.mjs FILE.ts [args…]');
    process.exit(1);
  }
  process.argv = [process.argv[0], entry, ...rest];
  const mod = await importTs(entry);
  if (typeof mod.main === 'function') await mod.main(rest);
}
