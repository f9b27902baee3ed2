/**
 * Writes a file so that a reader (or a crash) sees either the old content or the new one,
 * never half of each: write a temp file beside the target, fsync it, rename it over the
 * target, then fsync the directory so the rename itself survives a power cut.
 * Takes its fs functions as an argument so the CLI can reuse it and tests can inject failures.
 * No Electron here.
 */
import type { FileHandle } from 'node:fs/promises';

export interface AtomicWriteFs {
  open(
    path: string,
    flags: string,
    mode?: number,
  ): Promise<Pick<FileHandle, 'writeFile' | 'sync' | 'close'>>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: boolean }): Promise<void>;
}

export interface AtomicWriteOptions {
  /** Random suffix source; injected so tests are deterministic. */
  randomSuffix?: () => string;
}

function dirnameOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  if (cut < 0) return '.';
  return cut === 0 ? path.slice(0, 1) : path.slice(0, cut);
}

function defaultSuffix(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export async function atomicWriteFile(
  fs: AtomicWriteFs,
  targetPath: string,
  bytes: Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const suffix = (options.randomSuffix ?? defaultSuffix)();
  const tempPath = `${targetPath}.${suffix}.tmp`;
  try {
    // 'wx': never follow or clobber something already sitting at the temp name.
    const handle = await fs.open(tempPath, 'wx', 0o644);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tempPath, targetPath);
  } catch (error) {
    await fs.rm(tempPath, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(fs, dirnameOf(targetPath));
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
