// The import commands read their files and --encoding in one place: each named file's bytes,
// tagged with the encoding when one is given; a missing file or an unknown encoding is the
// command's failure before anything is read further.
import { describe, expect, it } from 'vitest';
import { EXIT_UNUSABLE_FILE, EXIT_USAGE } from '../../cli/cliTypes';
import { readImportFiles } from '../../cli/importFiles';

const bytes = new TextEncoder().encode('Opportunity ID\n1\n');
const env = { readFile: (path: string) => (path === 'missing.csv' ? null : bytes) };

describe('the files an import names', () => {
  it('reads each named file, untagged when no --encoding is given', () => {
    expect(readImportFiles(env, ['a.csv', 'b.csv'], undefined)).toEqual({
      ok: true,
      files: [
        { name: 'a.csv', bytes },
        { name: 'b.csv', bytes },
      ],
    });
  });

  it('tags every file with the --encoding given', () => {
    const read = readImportFiles(env, ['a.csv'], 'windows-1251');
    expect(read.ok && read.files[0]?.encoding).toBe('windows-1251');
  });

  it('a missing file or an unknown encoding fails, naming it', () => {
    const missing = readImportFiles(env, ['a.csv', 'missing.csv'], undefined);
    expect(missing.ok || [missing.result.exitCode, missing.result.stderr]).toEqual([
      EXIT_UNUSABLE_FILE,
      expect.stringContaining('missing.csv: there is no such file.'),
    ]);
    const encoding = readImportFiles(env, ['a.csv'], 'klingon');
    expect(encoding.ok || [encoding.result.exitCode, encoding.result.stderr]).toEqual([
      EXIT_USAGE,
      expect.stringContaining('--encoding "klingon" is not an encoding this tool reads'),
    ]);
  });
});
