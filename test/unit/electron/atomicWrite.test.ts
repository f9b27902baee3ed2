// A save either replaces the file completely or leaves the old one: never a torn file.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import * as realFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { atomicWriteFile, type AtomicWriteFs } from '../../../electron/modules/atomicWrite';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'abm-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('saving a file atomically', () => {
  it('writes a new file and leaves no temp file behind', async () => {
    const target = join(dir, 'tal.csv');
    await atomicWriteFile(realFs, target, bytesOf('name,domain\nAcme,acme.com\n'));
    expect(await readFile(target, 'utf8')).toBe('name,domain\nAcme,acme.com\n');
    expect(await readdir(dir)).toEqual(['tal.csv']);
  });

  it('replaces an existing file completely', async () => {
    const target = join(dir, 'workspace.json');
    await writeFile(target, 'old content that is longer than the new one');
    await atomicWriteFile(realFs, target, bytesOf('{}'));
    expect(await readFile(target, 'utf8')).toBe('{}');
  });

  it('keeps the old file intact when the process dies between write and rename', async () => {
    const target = join(dir, 'workspace.json');
    await writeFile(target, 'the backup from yesterday');
    const crashingFs: AtomicWriteFs = {
      ...realFs,
      rename: async () => {
        throw new Error('simulated crash before rename');
      },
    };
    await expect(atomicWriteFile(crashingFs, target, bytesOf('half of today'))).rejects.toThrow(
      'simulated crash before rename',
    );
    expect(await readFile(target, 'utf8')).toBe('the backup from yesterday');
    expect(await readdir(dir)).toEqual(['workspace.json']);
  });

  it('keeps the old file intact when the disk fills up during the write', async () => {
    const target = join(dir, 'export.csv');
    await writeFile(target, 'previous export');
    const fullDiskFs: AtomicWriteFs = {
      ...realFs,
      open: async (path, flags, mode) => {
        const handle = await realFs.open(path, flags, mode);
        return {
          writeFile: async () => {
            throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        };
      },
    };
    await expect(atomicWriteFile(fullDiskFs, target, bytesOf('new export'))).rejects.toThrow(
      'ENOSPC',
    );
    expect(await readFile(target, 'utf8')).toBe('previous export');
    expect(await readdir(dir)).toEqual(['export.csv']);
  });

  it('flushes the data to disk before the rename makes it visible', async () => {
    const target = join(dir, 'raci.pdf');
    const steps: string[] = [];
    const recordingFs: AtomicWriteFs = {
      ...realFs,
      open: async (path, flags, mode) => {
        const handle = await realFs.open(path, flags, mode);
        return {
          writeFile: async (data: Uint8Array) => {
            steps.push(flags === 'wx' ? 'write temp' : 'write ?');
            await handle.writeFile(data);
          },
          sync: async () => {
            steps.push(flags === 'wx' ? 'sync temp' : 'sync directory');
            await handle.sync();
          },
          close: () => handle.close(),
        };
      },
      rename: async (from, to) => {
        steps.push('rename');
        await realFs.rename(from, to);
      },
    };
    await atomicWriteFile(recordingFs, target, bytesOf('%PDF-1.7'));
    expect(steps).toEqual(['write temp', 'sync temp', 'rename', 'sync directory']);
  });

  it('stores any bytes exactly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        const target = join(dir, 'any.bin');
        await atomicWriteFile(realFs, target, bytes);
        expect(new Uint8Array(await readFile(target))).toEqual(bytes);
      }),
      { numRuns: 30 },
    );
  });
});
