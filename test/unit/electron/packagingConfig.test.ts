// The packaged app's Electron fuses, read from electron-builder.yml: a modified app.asar must
// not load, and the binary must not double as a Node runtime. build/scripts/check-package.mjs
// validates the file with electron-builder's schema and checks the same fuses in a packed binary.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const require = createRequire(join(ROOT, 'package.json'));

interface BuilderConfig {
  asar?: unknown;
  electronFuses?: Record<string, unknown>;
}

/** electron-builder.yml as electron-builder reads it (js-yaml, its own YAML reader). */
function packagingConfig(): BuilderConfig {
  const yaml = require('js-yaml') as { load(text: string): unknown };
  return yaml.load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
}

describe('packaging', () => {
  it('flips every Electron fuse the security checklist asks for', () => {
    const config = packagingConfig();
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
