// The command line over a file system that fails: a full disk, a file too large to read, a
// command that throws. Each is one line naming the file, exit 2, and no stack trace.
import { describe, expect, it } from 'vitest';
import { describeWriteFailure, runNodeCli, type NodeCliIo } from '../../cli/nodeCli';
import { MAX_OPEN_BYTES } from '../../shared/ipc/contract';

const ACCOUNTS = 'Account Name,Website\r\nAcme,acme.com\r\nGlobex,globex.example\r\n';
const errno = (code: string, message: string) => Object.assign(new Error(message), { code });

function fakeIo(files: Record<string, string>, overrides: Partial<NodeCliIo> = {}) {
  const out = { stdout: '', stderr: '', written: {} as Record<string, string> };
  let id = 0;
  const io: NodeCliIo = {
    fileSize: (path) => (path in files ? (files[path] ?? '').length : null),
    readFile: (path) => new TextEncoder().encode(files[path]),
    writeFile: async (path, bytes) => {
      out.written[path] = new TextDecoder().decode(bytes);
    },
    stdout: (text) => (out.stdout += text),
    stderr: (text) => (out.stderr += text),
    now: () => '2027-01-05T10:00:00.000Z',
    newId: () => `id-${++id}`,
    ...overrides,
  };
  return { io, out };
}

const importArgs = ['import-accounts', 'a.csv', '--workspace', 'ws.json'];

describe('the command line when the disk is full', () => {
  it.each(['ENOSPC', 'EDQUOT'])('%s says so, and that nothing was changed', async (code) => {
    const { io, out } = fakeIo(
      { 'a.csv': ACCOUNTS },
      {
        writeFile: async () => {
          throw errno(code, `${code}: no space left on device, write`);
        },
      },
    );
    expect(await runNodeCli(importArgs, io)).toBe(2);
    expect(out.stderr).toBe('not enough disk space to write ws.json; nothing was changed.\n');
    expect(out.stdout).toBe('');
  });

  it('names what was already written when a later file of the run fails', () => {
    expect(describeWriteFailure('tal-2.csv', errno('ENOSPC', 'ENOSPC'), ['tal-1.csv'])).toBe(
      'not enough disk space to write tal-2.csv; tal-2.csv was left as it was, but tal-1.csv was already written.',
    );
  });

  it('a folder that does not exist is named, and nothing was written', async () => {
    const { io, out } = fakeIo(
      { 'a.csv': ACCOUNTS },
      {
        writeFile: async (path) => {
          throw errno('ENOENT', `ENOENT: no such file or directory, open '${path}.x1.tmp'`);
        },
      },
    );
    const args = ['import-accounts', 'a.csv', '--workspace', 'missing/ws.json'];
    expect(await runNodeCli(args, io)).toBe(2);
    expect(out.stderr).toBe(
      'missing/ws.json: the folder missing does not exist; nothing was written.\n',
    );
    expect(out.stderr).not.toMatch(/ENOENT|\.tmp/);
  });

  it('any other write failure names the file and the reason', async () => {
    const { io, out } = fakeIo(
      { 'a.csv': ACCOUNTS },
      {
        writeFile: async () => {
          throw errno('EROFS', 'EROFS: read-only file system, open');
        },
      },
    );
    expect(await runNodeCli(importArgs, io)).toBe(2);
    expect(out.stderr).toBe(
      'ws.json: cannot write the file (EROFS: read-only file system, open); nothing was changed.\n',
    );
  });
});

describe('the command line on files it cannot read', () => {
  it('refuses a file over 512 MB before reading it, naming the file', async () => {
    let read = false;
    const { io, out } = fakeIo(
      { 'a.csv': ACCOUNTS },
      {
        fileSize: (path) => (path === 'a.csv' ? MAX_OPEN_BYTES + 1 : null),
        readFile: () => {
          read = true;
          return new Uint8Array();
        },
      },
    );
    expect(await runNodeCli(importArgs, io)).toBe(2);
    expect(out.stderr).toBe(
      'a.csv is 513 MB; abm-workbench reads files of up to 512 MB. Split it into smaller files. Nothing was changed.\n',
    );
    expect(read).toBe(false);
    expect(out.written).toEqual({});
  });

  it('names a file the system will not read (a folder, no permission)', async () => {
    const { io, out } = fakeIo(
      { 'a.csv': ACCOUNTS },
      {
        readFile: (path) => {
          throw errno('EISDIR', `EISDIR: illegal operation on a directory, read ${path}`);
        },
      },
    );
    expect(await runNodeCli(importArgs, io)).toBe(2);
    expect(out.stderr).toBe(
      'a.csv: cannot read the file (EISDIR: illegal operation on a directory, read a.csv). Nothing was changed.\n',
    );
  });
});

describe('the command line when a command throws', () => {
  it('a stack overflow names the files and never prints a stack', async () => {
    const { io, out } = fakeIo(
      { 'a.csv': ACCOUNTS },
      {
        newId: () => {
          throw new RangeError('Maximum call stack size exceeded');
        },
      },
    );
    expect(await runNodeCli(importArgs, io)).toBe(2);
    expect(out.stderr).toMatch(
      /^ws\.json, a\.csv: could not be processed: it is built in a way this version cannot process \(the stack overflowed\)\. Nothing was changed\./,
    );
    expect(out.stderr).not.toMatch(/\n\s+at /);
    expect(out.written).toEqual({});
  });

  it('any other exception is reported with the files and its message', async () => {
    const { io, out } = fakeIo(
      { 'a.csv': ACCOUNTS },
      {
        newId: () => {
          throw new TypeError("Cannot read properties of undefined (reading 'x')");
        },
      },
    );
    expect(await runNodeCli(importArgs, io)).toBe(2);
    expect(out.stderr.split('\n')[0]).toBe(
      "ws.json, a.csv: could not be processed: Cannot read properties of undefined (reading 'x'). Nothing was changed. This is a bug in ABM Workbench; please report it with the file.",
    );
  });
});
