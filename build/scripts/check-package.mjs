// Proves the desktop package is right without Electron or a network: validates
// electron-builder.yml with electron-builder's own schema, packs the app for Linux (--dir)
// around a stand-in Electron dist, then reads the app.asar and checks what it holds.
// Prints every check; exits 1 on the first failure. Needs `npm run build` first.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'package.json'));
const failures = [];

function check(description, ok, detail = '') {
  console.log(`${ok ? '  ok  ' : ' FAIL '} ${description}${!ok && detail ? `: ${detail}` : ''}`);
  if (!ok) failures.push(description);
  return ok;
}

function finish() {
  if (failures.length) {
    console.error(`\ncheck-package: ${failures.length} check(s) failed.`);
    process.exit(1);
  }
  console.log('\ncheck-package: the package holds what it must.');
}

async function validateConfig() {
  console.log('electron-builder.yml');
  const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
  let config;
  try {
    config = await getConfig(root, join(root, 'electron-builder.yml'), null);
    await validateConfiguration(config, { isEnabled: false, add() {} });
    check("matches electron-builder's schema", true);
  } catch (error) {
    check(
      "matches electron-builder's schema",
      false,
      String(error.message ?? error).split('\n')[0],
    );
    return;
  }
  check('appId is set', typeof config.appId === 'string' && config.appId.length > 0);
  check('productName is "ABM Workbench"', config.productName === 'ABM Workbench');
  check('asar is on', config.asar === true);
  const files = JSON.stringify(config.files);
  check(
    'files are the two bundles and package.json',
    ['dist-electron/**', 'dist-renderer/**', 'package.json'].every((f) => files.includes(f)),
    files,
  );
  const targets = (platform) => JSON.stringify(config[platform]?.target ?? null);
  check(
    'linux builds AppImage and deb',
    /AppImage/.test(targets('linux')) && /deb/.test(targets('linux')),
  );
  check('mac builds dmg', /dmg/.test(targets('mac')));
  check('windows builds nsis', /nsis/.test(targets('win')));
  for (const platform of ['linux', 'mac', 'win']) {
    const icon = config[platform]?.icon;
    check(
      `${platform} icon exists`,
      typeof icon === 'string' && existsSync(join(root, icon)),
      icon,
    );
  }
}

function requireBuilt() {
  console.log('\nbuilt bundles');
  const needed = [
    'dist-electron/main.cjs',
    'dist-electron/preload.cjs',
    'dist-renderer/index.html',
  ];
  const missing = needed.filter((file) => !existsSync(join(root, file)));
  check(
    'dist-electron and dist-renderer are built',
    missing.length === 0,
    `missing ${missing.join(', ')} (run npm run build)`,
  );
  return missing.length === 0;
}

// Electron's fuse wire: a sentinel, the wire version, its length, then one byte per fuse
// ('0' off, '1' on). The stand-in carries one with Electron's defaults so electron-builder can
// flip the fuses in it exactly as in a real binary, and we can read the result.
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const DEFAULT_FUSES = '10110001';
const EXPECTED_FUSES = [
  [0, '0', 'cannot run as plain Node (ELECTRON_RUN_AS_NODE)'],
  [1, '1', 'encrypts cookies at rest'],
  [2, '0', 'ignores NODE_OPTIONS'],
  [3, '0', 'ignores --inspect arguments'],
  [4, '1', 'checks app.asar against its embedded hash'],
  [5, '1', 'loads only its own app.asar'],
  [7, '0', 'gives file:// no extra privileges'],
];

/** A folder shaped like Electron's Linux dist, with a shell script for the executable. */
function makeStandInElectron(workDir, version) {
  const dist = join(workDir, 'electron-dist');
  mkdirSync(join(dist, 'resources'), { recursive: true });
  const script = '#!/bin/sh\necho "stand-in Electron for packaging checks"\nexit 0\n# ';
  const executable = Buffer.concat([
    Buffer.from(script + FUSE_SENTINEL, 'latin1'),
    Buffer.from([1, DEFAULT_FUSES.length]),
    Buffer.from(`${DEFAULT_FUSES}\n`, 'latin1'),
  ]);
  writeFileSync(join(dist, 'electron'), executable);
  chmodSync(join(dist, 'electron'), 0o755);
  writeFileSync(join(dist, 'version'), `v${version}`);
  writeFileSync(join(dist, 'LICENSE'), 'stand-in\n');
  return dist;
}

function pack(workDir) {
  console.log('\npacking (linux --dir, stand-in Electron)');
  const version = JSON.parse(
    readFileSync(require.resolve('electron/package.json'), 'utf8'),
  ).version;
  const dist = makeStandInElectron(workDir, version);
  const output = join(workDir, 'release');
  const result = spawnSync(
    process.execPath,
    [
      require.resolve('electron-builder/cli.js'),
      '--dir',
      '--linux',
      '--x64',
      '--publish',
      'never',
      `-c.electronDist=${dist}`,
      `-c.electronVersion=${version}`,
      `-c.directories.output=${output}`,
    ],
    { cwd: root, encoding: 'utf8', timeout: 300_000, env: { ...process.env, CI: 'true' } },
  );
  const asarPath = join(output, 'linux-unpacked', 'resources', 'app.asar');
  const packed = check(
    `electron-builder packs the app with Electron ${version} (offline)`,
    result.status === 0 && existsSync(asarPath),
    `exit ${result.status}\n${result.stdout}\n${result.stderr}`,
  );
  const executable = join(output, 'linux-unpacked', 'abm-workbench');
  if (check('the executable is named abm-workbench', existsSync(executable))) {
    const bytes = readFileSync(executable);
    const at = bytes.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length + 2;
    const fuses = bytes.subarray(at, at + DEFAULT_FUSES.length).toString('latin1');
    for (const [index, state, description] of EXPECTED_FUSES) {
      check(`fuse: the packaged app ${description}`, fuses[index] === state, `fuse wire ${fuses}`);
    }
  }
  return packed ? asarPath : null;
}

function inspectAsar(asarPath) {
  console.log('\napp.asar');
  const asar = require('@electron/asar');
  const entries = asar
    .listPackage(asarPath, { isPack: false })
    .map((entry) => entry.replace(/\\/g, '/'));
  for (const required of [
    '/dist-electron/main.cjs',
    '/dist-electron/preload.cjs',
    '/dist-renderer/index.html',
    '/package.json',
  ]) {
    check(`holds ${required.slice(1)}`, entries.includes(required));
  }
  const nodeModules = entries.filter((entry) => entry.includes('/node_modules'));
  check(
    'holds no node_modules (react, ag-grid, dexie, zod are in the bundles)',
    nodeModules.length === 0,
    nodeModules.slice(0, 5).join(', '),
  );
  const strays = entries.filter(
    (entry) => !/^\/(dist-electron|dist-renderer)(\/|$)|^\/package\.json$/.test(entry),
  );
  check(
    'holds nothing besides the bundles and package.json',
    strays.length === 0,
    strays.slice(0, 5).join(', '),
  );
  check('holds no source maps', !entries.some((entry) => entry.endsWith('.map')));
  const manifest = JSON.parse(asar.extractFile(asarPath, 'package.json').toString('utf8'));
  check(
    'package.json main is dist-electron/main.cjs',
    manifest.main === 'dist-electron/main.cjs',
    manifest.main,
  );
  const html = asar.extractFile(asarPath, 'dist-renderer/index.html').toString('utf8');
  check(
    'index.html carries the CSP nonce placeholder main fills in',
    html.includes('__CSP_NONCE__'),
  );
  check('index.html loads no remote script', !/<script[^>]+src=["']?(https?:)?\/\//i.test(html));
}

await validateConfig();
if (requireBuilt()) {
  const workDir = mkdtempSync(join(tmpdir(), 'abm-check-package-'));
  try {
    const asarPath = pack(workDir);
    if (asarPath) inspectAsar(asarPath);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
finish();
