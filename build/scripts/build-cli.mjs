// Bundles the command line (cli/main.ts and the shared code it runs) into one executable
// CommonJS file, dist-cli/abm-workbench.cjs: the package's bin. In a checkout, `npm run cli --`
// builds it and runs it in one step.
import { build } from 'esbuild';
import { chmod } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outfile = join(root, 'dist-cli', 'abm-workbench.cjs');

await build({
  entryPoints: [join(root, 'cli', 'main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  sourcemap: false,
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
});
await chmod(outfile, 0o755);
// `npm run cli` builds first: --quiet keeps stdout for the command's own output (--json).
if (!process.argv.includes('--quiet')) console.log('Built dist-cli/abm-workbench.cjs');
