/**
 * Global setup for the Electron smoke spec: the list reporter shows skipped tests without
 * their reason, so say once, up front, why they will be skipped.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electronBinary';

export default function announceSkip(): void {
  const binary = findElectronBinary(join(dirname(fileURLToPath(import.meta.url)), '..', '..'));
  if ('missing' in binary) console.log(`Electron smoke spec will be skipped: ${binary.missing}`);
}
