// A save either replaces the file completely or leaves the old one, and leaves nothing else:
// no temp file after a failure, none after a crash once the file is written again; the file
// keeps its mode, and a symlinked path stays a link whose target gets the new content.
import { spawn } from 'node:child_process';
import * as realFs from 'node:fs/promises';
import {
  chmod,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  readlink,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { build } from 'esbuild';
import { atomicWriteFile, removeStaleTempFiles, type AtomicWriteFs } from '../../cli/atomicWrite';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'abm-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const bytesOf = (text: string) => new TextEncoder().encode(text);
const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

/** An open() whose file handles write through `write` instead of the real one. */
function openWith(
  write: (
    real: realFs.FileHandle,
    data: Uint8Array,
    offset: number,
    length: number,
    position: number,
  ) => Promise<{ bytesWritten: number }>,
): Partial<AtomicWriteFs> {
  return {
    open: (async (path: string, flags: string, mode?: number) => {
      const handle = await realFs.open(path, flags, mode);
      if (flags !== 'wx') return handle;
      return {
        write: (data: Uint8Array, offset: number, length: number, position: number) =>
          write(handle, data, offset, length, position),
        sync: () => handle.sync(),
        close: () => handle.close(),
        chmod: (m: number) => handle.chmod(m),
        chown: (uid: number, gid: number) => handle.chown(uid, gid),
      };
    }) as unknown as AtomicWriteFs['open'],
  };
}

describe('saving a file atomically', () => {
  it('writes a new file and leaves no temp file behind', async () => {
    const target = join(dir, 'tal.csv');
    await atomicWriteFile(target, bytesOf('name,domain\nAcme,acme.com\n'));
    expect(await readFile(target, 'utf8')).toBe('name,domain\nAcme,acme.com\n');
    expect(await readdir(dir)).toEqual(['tal.csv']);
  });

  it('replaces an existing file completely', async () => {
    const target = join(dir, 'workspace.json');
    await writeFile(target, 'old content that is longer than the new one');
    await atomicWriteFile(target, bytesOf('{}'));
    expect(await readFile(target, 'utf8')).toBe('{}');
  });

  it('keeps a private file private: a 0600 workspace stays 0600', async () => {
    const target = join(dir, 'ws.json');
    await writeFile(target, '{}');
    await chmod(target, 0o600);
    await atomicWriteFile(target, bytesOf('{"new": true}'));
    expect((await stat(target)).mode & 0o777).toBe(0o600);
    await chmod(target, 0o640);
    await atomicWriteFile(target, bytesOf('{"newer": true}'));
    expect((await stat(target)).mode & 0o777).toBe(0o640);
  });

  it('keeps the owner of the file', async () => {
    const target = join(dir, 'ws.json');
    await writeFile(target, '{}');
    const before = await stat(target);
    await atomicWriteFile(target, bytesOf('{"new": true}'));
    const after = await stat(target);
    expect([after.uid, after.gid]).toEqual([before.uid, before.gid]);
  });

  it('writes through a symlink: the link stays a link and its target gets the content', async () => {
    await mkdir(join(dir, 'synced'));
    const real = join(dir, 'synced', 'ws.json');
    await writeFile(real, 'old');
    await chmod(real, 0o600);
    const link = join(dir, 'ws.json');
    await symlink('synced/ws.json', link);
    await atomicWriteFile(link, bytesOf('new'));
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe('synced/ws.json');
    expect(await readFile(real, 'utf8')).toBe('new');
    expect((await stat(real)).mode & 0o777).toBe(0o600);
    expect((await readdir(dir)).sort()).toEqual(['synced', 'ws.json']);
    expect(await readdir(join(dir, 'synced'))).toEqual(['ws.json']);
  });

  it('a link whose target does not exist yet creates the target and stays a link', async () => {
    const link = join(dir, 'export.csv');
    await symlink(join(dir, 'out', 'export.csv'), link);
    await mkdir(join(dir, 'out'));
    await atomicWriteFile(link, bytesOf('a,b\n'));
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(join(dir, 'out', 'export.csv'), 'utf8')).toBe('a,b\n');
  });

  it('flushes the data before the rename and the directory after it', async () => {
    const target = join(dir, 'raci.pdf');
    const steps: string[] = [];
    const recording: Partial<AtomicWriteFs> = {
      open: (async (path: string, flags: string, mode?: number) => {
        const handle = await realFs.open(path, flags, mode);
        const what = flags === 'wx' ? 'temp' : 'directory';
        return {
          write: async (...args: Parameters<realFs.FileHandle['write']>) => {
            steps.push(`write ${what}`);
            return handle.write(...args);
          },
          sync: async () => {
            steps.push(`sync ${what}`);
            await handle.sync();
          },
          close: () => handle.close(),
          chmod: (mode: number) => handle.chmod(mode),
          chown: (uid: number, gid: number) => handle.chown(uid, gid),
        };
      }) as unknown as AtomicWriteFs['open'],
      rename: async (from, to) => {
        steps.push('rename');
        await realFs.rename(from, to);
      },
    };
    await atomicWriteFile(target, bytesOf('%PDF-1.7'), { fs: recording });
    expect(steps).toEqual(['write temp', 'sync temp', 'rename', 'sync directory']);
  });

  it('stores any bytes exactly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        const target = join(dir, 'any.bin');
        await atomicWriteFile(target, bytes);
        expect(new Uint8Array(await readFile(target))).toEqual(bytes);
      }),
      { numRuns: 30 },
    );
    expect(await readdir(dir)).toEqual(['any.bin']);
  });

  it('writes of the same file at once land one after the other, leaving only the file', async () => {
    const target = join(dir, 'ws.json');
    const texts = Array.from({ length: 8 }, (_, i) => `version ${i}`);
    await Promise.all(texts.map((text) => atomicWriteFile(target, bytesOf(text))));
    expect(texts).toContain(await readFile(target, 'utf8'));
    expect(await readdir(dir)).toEqual(['ws.json']);
  });

  it('a write the system takes in pieces is written on until every byte is there', async () => {
    const target = join(dir, 'ws.json');
    const pieces = openWith((real, data, offset, length, position) =>
      real.write(data, offset, Math.min(length, 3), position),
    );
    await atomicWriteFile(target, bytesOf('0123456789abcdef'), { fs: pieces });
    expect(await readFile(target, 'utf8')).toBe('0123456789abcdef');
  });
});

describe('a failed write leaves the old file and nothing else', () => {
  it('when the disk fills up during the write (ENOSPC)', async () => {
    const target = join(dir, 'export.csv');
    await writeFile(target, 'previous export');
    const full = openWith(async () => Promise.reject(errno('ENOSPC')));
    await expect(
      atomicWriteFile(target, bytesOf('new export'), { fs: full }),
    ).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readFile(target, 'utf8')).toBe('previous export');
    expect(await readdir(dir)).toEqual(['export.csv']);
  });

  it('when the disk fills up silently: a short write, then nothing more', async () => {
    const target = join(dir, 'ws.json');
    await writeFile(target, 'the good workspace');
    let calls = 0;
    const filling = openWith(async (real, data, offset, length, position) =>
      calls++ === 0
        ? real.write(data, offset, Math.floor(length / 2), position)
        : { bytesWritten: 0 },
    );
    await expect(
      atomicWriteFile(target, bytesOf('a new, longer workspace'), { fs: filling }),
    ).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readFile(target, 'utf8')).toBe('the good workspace');
    expect(await readdir(dir)).toEqual(['ws.json']);
  });

  it('when a write claims more than reached the disk (the size is checked before the rename)', async () => {
    const target = join(dir, 'ws.json');
    await writeFile(target, 'the good workspace');
    const lying = openWith(async (real, data, offset, length, position) => {
      await real.write(data, offset, Math.floor(length / 2), position);
      return { bytesWritten: length };
    });
    await expect(
      atomicWriteFile(target, bytesOf('a new, longer workspace'), { fs: lying }),
    ).rejects.toThrow(/only 11 of 23 bytes reached the disk/);
    expect(await readFile(target, 'utf8')).toBe('the good workspace');
    expect(await readdir(dir)).toEqual(['ws.json']);
  });

  it('when the rename fails', async () => {
    const target = join(dir, 'workspace.json');
    await writeFile(target, 'the backup from yesterday');
    const failingRename: Partial<AtomicWriteFs> = {
      rename: async () => Promise.reject(errno('EXDEV')),
    };
    await expect(
      atomicWriteFile(target, bytesOf('half of today'), { fs: failingRename }),
    ).rejects.toThrow('EXDEV');
    expect(await readFile(target, 'utf8')).toBe('the backup from yesterday');
    expect(await readdir(dir)).toEqual(['workspace.json']);
  });

  it('when anything fails once the temp file exists', async () => {
    const target = join(dir, 'ws.json');
    await writeFile(target, 'kept');
    let seen: string[] = [];
    await expect(
      atomicWriteFile(target, bytesOf('lost'), {
        afterTempCreated: async () => {
          seen = await readdir(dir);
          throw new Error('simulated failure');
        },
      }),
    ).rejects.toThrow('simulated failure');
    expect(seen).toHaveLength(2); // the file and its temp file existed
    expect(await readFile(target, 'utf8')).toBe('kept');
    expect(await readdir(dir)).toEqual(['ws.json']);
  });

  it('when the target is a folder', async () => {
    await mkdir(join(dir, 'ws.json'));
    await expect(atomicWriteFile(join(dir, 'ws.json'), bytesOf('x'))).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['ws.json']);
  });
});

describe('temp files a killed write left are removed before the next write', () => {
  it('<file>.<time>-<random>.tmp goes; files that only look alike stay', async () => {
    const target = join(dir, 'ws.json');
    await writeFile(target, '{}');
    const stale = ['ws.json.mh2k3x9a-1a2b3c4d.tmp', 'ws.json.mi0abcde-x.tmp'];
    const kept = [
      'ws.json.1767225600',
      'ws.json.bak',
      'ws.json.old.tmp',
      'ws.json.2',
      'other.json.mh2k3x9a-1a2b3c4d.tmp',
      'ws.json.mh2k3x9a-1a2b3c4d.tmp.keep',
    ];
    for (const name of [...stale, ...kept]) await writeFile(join(dir, name), 'x'.repeat(1000));
    await atomicWriteFile(target, bytesOf('{"a":1}'));
    expect((await readdir(dir)).sort()).toEqual(['ws.json', ...kept].sort());
  });

  it('a folder with a temp file’s name is left alone', async () => {
    await mkdir(join(dir, 'ws.json.mh2k3x9a-1a2b3c4d.tmp'));
    expect(await removeStaleTempFiles(join(dir, 'ws.json'))).toEqual([]);
  });

  it('a process killed (SIGKILL) mid-write leaves its temp file; the next write removes it', async () => {
    const driver = join(dir, 'driver.cjs');
    await build({
      stdin: {
        contents: `import { atomicWriteFile } from ${JSON.stringify(join(__dirname, '../../cli/atomicWrite.ts'))};
          atomicWriteFile(process.argv[2], new Uint8Array(1 << 20), {
            afterTempCreated: () => { process.stdout.write('temp\\n'); return new Promise(() => {}); },
          });`,
        resolveDir: __dirname,
        loader: 'ts',
      },
      outfile: driver,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      logLevel: 'silent',
    });
    await mkdir(join(dir, 'data'));
    const target = join(dir, 'data', 'ws.json');
    await writeFile(target, 'before the crash');
    const child = spawn(process.execPath, [driver, target], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const left = await readdir(join(dir, 'data'));
    expect(left).toHaveLength(2);
    expect(await readFile(target, 'utf8')).toBe('before the crash');

    await atomicWriteFile(target, bytesOf('after the crash'));
    expect(await readdir(join(dir, 'data'))).toEqual(['ws.json']);
    expect(await readFile(target, 'utf8')).toBe('after the crash');
  }, 20_000);
});
