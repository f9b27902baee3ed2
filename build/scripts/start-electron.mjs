// Launches the built app in Electron. Finds the Electron binary without triggering a download
// (requiring the 'electron' package would start one); if it is missing, tries the download
// once, in a child process with a timeout, and otherwise explains what to do instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const electronPackage = join(root, 'node_modules', 'electron');
const downloadTimeoutMs = Number(process.env.ABM_ELECTRON_DOWNLOAD_TIMEOUT_MS ?? 60_000);

function executableName() {
  const pathFile = join(electronPackage, 'path.txt');
  if (existsSync(pathFile)) return readFileSync(pathFile, 'utf8').trim();
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return process.platform === 'win32' ? 'electron.exe' : 'electron';
}

/** The binary's path if it is on disk, else null. Never downloads. */
function findElectronBinary() {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override
    ? join(override, executableName())
    : join(electronPackage, 'dist', executableName());
  return existsSync(candidate) ? candidate : null;
}

function tryDownload() {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH || !existsSync(join(electronPackage, 'install.js'))) {
    return;
  }
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    console.log('ELECTRON_SKIP_BINARY_DOWNLOAD is set: not downloading the Electron binary.');
    return;
  }
  console.log(
    `Electron binary not found; trying to download it (up to ${downloadTimeoutMs / 1000} s)…`,
  );
  const result = spawnSync(process.execPath, [join(electronPackage, 'install.js')], {
    cwd: electronPackage,
    stdio: 'inherit',
    timeout: downloadTimeoutMs,
  });
  if (result.error || result.status !== 0) {
    console.log(
      `The download did not succeed (${result.error?.message ?? `exit ${result.status}`}).`,
    );
  }
}

function explainAndExit() {
  console.error(`
ABM Workbench cannot start as a desktop app: the Electron binary is not installed.

Why: npm installed the 'electron' package, but its binary is fetched separately from
GitHub (or a mirror) at install time, and that download was not possible here — usually
because this machine has no internet access.

What you can do:
  • npm run web        runs the same app in your browser (http://127.0.0.1), fully offline.
  • ELECTRON_MIRROR=<url> npm start
                       downloads the binary from a mirror you can reach.
  • ELECTRON_OVERRIDE_DIST_PATH=<folder> npm start
                       uses an Electron ${readElectronVersion()} you already have (the folder holding the executable).
`);
  process.exit(1);
}

function readElectronVersion() {
  try {
    return JSON.parse(readFileSync(join(electronPackage, 'package.json'), 'utf8')).version;
  } catch {
    return '(see package.json)';
  }
}

function launch(binary) {
  const env = { ...process.env };
  // Set by some tools; it would make Electron behave as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  const args = ['.'];
  // Chromium refuses to run as root with its sandbox (containers, CI); say so rather than fail.
  if (process.getuid?.() === 0) {
    console.warn('Running as root: starting Electron with --no-sandbox (development only).');
    args.push('--no-sandbox');
  }
  const child = spawn(binary, [...args, ...process.argv.slice(2)], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (!existsSync(join(root, 'dist-electron', 'main.cjs'))) {
  console.error('dist-electron/main.cjs is missing: run `npm run build` first (npm start does).');
  process.exit(1);
}
let binary = findElectronBinary();
if (!binary) {
  tryDownload();
  binary = findElectronBinary();
}
if (!binary) explainAndExit();
else launch(binary);
