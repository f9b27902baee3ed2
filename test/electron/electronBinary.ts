/**
 * Finds the Electron binary the way build/scripts/start-electron.mjs does, without ever
 * triggering a download (requiring the 'electron' package would start one).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function findElectronBinary(root: string): { path: string } | { missing: string } {
  const electronPackage = join(root, 'node_modules', 'electron');
  const pathFile = join(electronPackage, 'path.txt');
  const fallbackName =
    process.platform === 'darwin'
      ? 'Electron.app/Contents/MacOS/Electron'
      : process.platform === 'win32'
        ? 'electron.exe'
        : 'electron';
  const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : fallbackName;
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const candidate = override ? join(override, name) : join(electronPackage, 'dist', name);
  if (existsSync(candidate)) return { path: candidate };
  return {
    missing:
      `Electron binary not found at ${candidate}: it was never downloaded (no internet at ` +
      'install time). Set ELECTRON_OVERRIDE_DIST_PATH to an Electron dist to run this spec.',
  };
}
