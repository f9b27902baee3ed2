// In the browser build a picked or dropped file over the size limit is refused by its size,
// before its bytes are read, like the desktop shell's main process does.
import { describe, expect, it, vi } from 'vitest';
import { readFiles } from '../../../renderer/src/platform/browserPlatform';

function fakeFile(name: string, size: number, text = '') {
  const arrayBuffer = vi.fn(async () => new TextEncoder().encode(text).buffer);
  return { file: { name, size, arrayBuffer } as unknown as File, arrayBuffer };
}

describe('reading files in the browser', () => {
  it('reads the files chosen with one too large to open, and reports that one unread', async () => {
    const dump = fakeFile('dump.csv', 700_000_000);
    const hubspot = fakeFile('hubspot.csv', 15, 'Company\nGlobex\n');
    const reported: string[] = [];
    const files = await readFiles([dump.file, hubspot.file], (m) => reported.push(m));
    expect(files.map((f) => [f.name, new TextDecoder().decode(f.bytes)])).toEqual([
      ['hubspot.csv', 'Company\nGlobex\n'],
    ]);
    expect(reported).toEqual([
      'dump.csv: the file is 700 MB; the workbench opens files up to 512 MB. Nothing was opened.',
    ]);
    expect(dump.arrayBuffer).not.toHaveBeenCalled();
  });
});
