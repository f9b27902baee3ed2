/**
 * The bench build: the product's Vite config (vite.config.ts) plus one import, at the top
 * of the renderer's entry, of benchEntry.ts (the window hooks the browser benchmarks drive),
 * written to dist-bench/. build/scripts/bench.mjs calls it once, before the first browser
 * benchmark; the product build (dist-renderer/) has none of it.
 */
import { resolve } from 'node:path';
import { build, normalizePath, type Plugin } from 'vite';

function benchHooks(root: string): Plugin {
  const entry = normalizePath(resolve(root, 'renderer/src/main.tsx'));
  const hooks = normalizePath(resolve(root, 'test/bench/app/benchEntry.ts'));
  return {
    name: 'abm-bench-hooks',
    enforce: 'pre',
    transform(code, id) {
      if (id !== entry) return null;
      return { code: `import ${JSON.stringify(hooks)};\n${code}`, map: null };
    },
  };
}

/** Builds the bench app from the project at `root`; returns the folder it wrote. */
export async function buildBenchApp(root: string): Promise<string> {
  const outDir = resolve(root, 'dist-bench');
  await build({
    configFile: resolve(root, 'vite.config.ts'),
    plugins: [benchHooks(root)],
    // BENCH_NO_MINIFY=1 keeps the functions' names, for reading a CPU profile of the bench.
    build: { outDir, emptyOutDir: true, ...(process.env.BENCH_NO_MINIFY ? { minify: false } : {}) },
    logLevel: 'warn',
  });
  return outDir;
}
