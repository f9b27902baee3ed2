// Builds the real `abm-workbench` bundle (as build/scripts/build-cli.mjs does) into a folder of
// the calling test's own, so test files running in parallel never read a half-written bundle.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Under vitest __dirname is this folder; bundled as ESM (npm run fuzz) there is none, and the
// scripts run from the repository root.
const ROOT = typeof __dirname === 'string' ? join(__dirname, '../..') : process.cwd();

export interface BuiltCli {
  bin: string;
  run(cwd: string, ...args: string[]): { code: number | null; stdout: string; stderr: string };
  remove(): void;
}

export async function buildCli(): Promise<BuiltCli> {
  const outDir = mkdtempSync(join(tmpdir(), 'abm-cli-bin-'));
  const bin = join(outDir, 'abm-workbench.cjs');
  await build({
    entryPoints: [join(ROOT, 'cli', 'main.ts')],
    outfile: bin,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'silent',
    absWorkingDir: ROOT,
  });
  return {
    bin,
    run(cwd, ...args) {
      const result = spawnSync(process.execPath, [bin, ...args], {
        cwd,
        encoding: 'utf8',
        timeout: 60_000,
      });
      return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    },
    remove: () => rmSync(outDir, { recursive: true, force: true }),
  };
}
