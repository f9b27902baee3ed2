/**
 * Writes a file so that a reader (or a crash) sees either the old content or the new one, never
 * half of each, and leaves nothing behind: write a temp file beside the target (every byte, and
 * checked), give it the target's mode and owner, fsync it, rename it over the target, fsync the
 * directory so the rename survives a power cut. The temp file is removed on every failure, and
 * the ones a killed process left are removed before the next write of the same file. A symlinked
 * path writes through to the link's target, so the link stays a link.
 *
 * Not write-file-atomic (v7): it issues one write() and ignores a short count, which is how a
 * full disk answers, and renames the truncated temp file over the good one. Here a short write
 * is written on, and the temp file's size is checked before the rename (test/cli/cliFiles.test
 * fills a real disk).
 *
 * Node only. It lives beside the command line, which needs it, and the desktop app's main
 * process imports it from here (shared/ has no Node; the CLI must not depend on electron/).
 */
import * as nodeFs from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** The file-system calls used, so tests can make one of them fail. */
export type AtomicWriteFs = Pick<
  typeof nodeFs,
  'open' | 'rename' | 'rm' | 'stat' | 'lstat' | 'realpath' | 'readlink' | 'readdir'
>;

export interface AtomicWriteOptions {
  fs?: Partial<AtomicWriteFs>;
  /** For tests: called once the temp file exists, before any byte is written. */
  afterTempCreated?: (tempPath: string) => Promise<void> | void;
}

/** Temp files: `<file>.<time>-<random>.tmp`, base 36 (the same names since the first release). */
const TEMP_SUFFIX = /^[0-9a-z]{6,10}-[0-9a-z]{1,8}\.tmp$/;

const tempSuffix = () =>
  `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10) || '0'}.tmp`;

/** Writes of the same file in this process, one after the other (cleanup included). */
const queues = new Map<string, Promise<unknown>>();

export async function atomicWriteFile(
  targetPath: string,
  bytes: Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const fs: AtomicWriteFs = { ...nodeFs, ...options.fs };
  const target = await resolveWriteTarget(targetPath, fs);
  const previous = queues.get(target) ?? Promise.resolve();
  const run = previous
    .catch(() => undefined)
    .then(() => writeNow(fs, resolve(targetPath), target, bytes, options));
  queues.set(target, run);
  try {
    await run;
  } finally {
    if (queues.get(target) === run) queues.delete(target);
  }
}

async function writeNow(
  fs: AtomicWriteFs,
  givenPath: string,
  target: string,
  bytes: Uint8Array,
  options: AtomicWriteOptions,
): Promise<void> {
  await removeStaleTempFiles(target, fs);
  if (givenPath !== target) await removeStaleTempFiles(givenPath, fs);
  const existing = await fs.stat(target).catch(() => null);
  const temp = `${target}.${tempSuffix()}`;
  try {
    // 'wx': never follow or clobber something already sitting at the temp name.
    const handle = await fs.open(temp, 'wx', existing ? existing.mode & 0o7777 : 0o666);
    try {
      await options.afterTempCreated?.(temp);
      await writeAll(handle, bytes);
      if (existing) await keepModeAndOwner(handle, existing);
      await handle.sync();
    } finally {
      await handle.close();
    }
    const written = (await fs.stat(temp)).size;
    if (written !== bytes.byteLength) throw shortWrite(written, bytes.byteLength);
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(fs, dirname(target));
}

function shortWrite(written: number, wanted: number): NodeJS.ErrnoException {
  return Object.assign(new Error(`ENOSPC: only ${written} of ${wanted} bytes reached the disk`), {
    code: 'ENOSPC',
  });
}

/** Loops until every byte is written: write() may take fewer than asked (a filling disk). */
async function writeAll(handle: Pick<FileHandle, 'write'>, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.byteLength) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.byteLength - offset, offset);
    if (bytesWritten <= 0) throw shortWrite(offset, bytes.byteLength);
    offset += bytesWritten;
  }
}

async function keepModeAndOwner(
  handle: Pick<FileHandle, 'chmod' | 'chown'>,
  existing: { mode: number; uid: number; gid: number },
): Promise<void> {
  await handle.chmod(existing.mode & 0o7777);
  if (typeof process.getuid !== 'function') return; // Windows: no owners to keep
  await handle.chown(existing.uid, existing.gid).catch((error: NodeJS.ErrnoException) => {
    // Someone else's file, or a file system without owners: the mode still holds.
    if (!['EPERM', 'EINVAL', 'ENOSYS', 'ENOTSUP'].includes(error.code ?? '')) throw error;
  });
}

/**
 * The file a write lands in: the path itself, or for a symlink (also a dangling one, or a
 * chain) the file it points to, so the link stays a link and its target gets the new content.
 */
export async function resolveWriteTarget(
  path: string,
  fs: Pick<AtomicWriteFs, 'realpath' | 'lstat' | 'readlink'> = nodeFs,
): Promise<string> {
  let current = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    try {
      return await fs.realpath(current);
    } catch {
      // Missing: a new file, or a link whose target does not exist yet.
    }
    const stat = await fs.lstat(current).catch(() => null);
    if (!stat?.isSymbolicLink()) return current;
    current = resolve(dirname(current), await fs.readlink(current));
  }
  return current;
}

/**
 * Removes the temp files a killed write of this file left (`<file>.<time>-<random>.tmp`).
 * Returns their paths. Only regular files with exactly that name shape are touched.
 */
export async function removeStaleTempFiles(
  target: string,
  fs: Pick<AtomicWriteFs, 'readdir' | 'lstat' | 'rm'> = nodeFs,
): Promise<string[]> {
  const directory = dirname(target);
  const base = basename(target);
  const names = await fs.readdir(directory).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(`${base}.`) || !TEMP_SUFFIX.test(name.slice(base.length + 1))) continue;
    const path = join(directory, name);
    const stat = await fs.lstat(path).catch(() => null);
    if (!stat?.isFile()) continue;
    await fs.rm(path, { force: true });
    removed.push(path);
  }
  return removed;
}

/** Best effort: Windows cannot open a directory for fsync, and the data is already in place. */
async function syncDirectory(fs: AtomicWriteFs, directory: string): Promise<void> {
  try {
    const handle = await fs.open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Ignored on purpose: see above.
  }
}
