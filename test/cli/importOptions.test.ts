// The command line never guesses either: an ambiguous date column stops import-motions with
// the file and column named until --date-order (or the workspace setting) says which; a
// legacy-encoded file can be read in a named encoding; placeholders are rejected unless
// --empty-values names them.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { sequentialIds } from '../../shared/domain/ids';
import { runCli } from '../../cli/runCli';
import { emptyWorkspace } from '../../shared/workspace/workspaceData';
import { serializeWorkspace } from '../../shared/workspace/workspaceFile';

const NOW = '2027-01-05T10:00:00.000Z';

function run(argv: string[], files: Record<string, string | Uint8Array>) {
  return runCli(argv, {
    readFile: (path) => {
      const f = files[path];
      if (f === undefined) return null;
      return typeof f === 'string' ? new TextEncoder().encode(f) : f;
    },
    now: NOW,
    newId: sequentialIds('t'),
  });
}

const UK_CAMPAIGNS = 'Name,StartDate,EndDate\r\nSpring webinar,03/02/2027,04/02/2027\r\n';
const workspace = (dateOrder?: 'dmy' | 'mdy') => {
  const ws = emptyWorkspace();
  if (dateOrder) ws.settings.dateOrder = dateOrder;
  return serializeWorkspace(ws, NOW);
};
const motionsOf = (text: string) =>
  (JSON.parse(text).data.motions as { start: string; end: string }[]).map((m) => [m.start, m.end]);

describe('import-motions and the date order', () => {
  it('stops on an ambiguous column, naming the file and the column (exit 2, nothing written)', () => {
    const result = run(['import-motions', 'uk.csv', '--workspace', 'ws.json'], {
      'uk.csv': UK_CAMPAIGNS,
      'ws.json': workspace(),
    });
    expect(result.exitCode).toBe(2);
    expect(result.writes).toEqual([]);
    expect(result.stderr).toContain(
      'uk.csv, column "StartDate": dates such as 03/02/2027 (row 2) can be 3 February 2027 (day first) or March 2, 2027 (month first)',
    );
    expect(result.stderr).toContain('uk.csv, column "EndDate"');
    expect(result.stderr).toContain('Pass --date-order dmy or --date-order mdy');
  });

  it('reads the column in the order --date-order gives', () => {
    const result = run(
      ['import-motions', 'uk.csv', '--workspace', 'ws.json', '--date-order', 'dmy'],
      {
        'uk.csv': UK_CAMPAIGNS,
        'ws.json': workspace(),
      },
    );
    expect(result.exitCode).toBe(0);
    expect(motionsOf(result.writes[0]!.text)).toEqual([['2027-02-03', '2027-02-04']]);
  });

  it('uses the workspace setting when there is no --date-order, and --date-order over it', () => {
    const files = { 'uk.csv': UK_CAMPAIGNS, 'ws.json': workspace('mdy') };
    const bySetting = run(['import-motions', 'uk.csv', '--workspace', 'ws.json'], files);
    expect(motionsOf(bySetting.writes[0]!.text)).toEqual([['2027-03-02', '2027-04-02']]);
    const byFlag = run(
      ['import-motions', 'uk.csv', '--workspace', 'ws.json', '--date-order=dmy'],
      files,
    );
    expect(motionsOf(byFlag.writes[0]!.text)).toEqual([['2027-02-03', '2027-02-04']]);
  });

  it('refuses a --date-order that is not dmy or mdy (exit 1)', () => {
    const result = run(
      ['import-motions', 'uk.csv', '--workspace', 'ws.json', '--date-order', 'ymd'],
      {},
    );
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('--date-order must be one of dmy, mdy');
  });
});

describe('import-accounts --encoding and --empty-values', () => {
  const cyrillic = new Uint8Array(
    iconv.encode('Account Name,Website,Employees\r\nЯндекс,yandex.ru,n/a\r\n', 'windows-1251'),
  );

  it('rejects n/a in Employees on its row, and tells how to import it as empty', () => {
    const result = run(['import-accounts', 'ru.csv', '--workspace', 'ws.json'], {
      'ru.csv': cyrillic,
    });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('ru.csv, row 2, column "Employees": "n/a" is not a number');
    expect(result.stderr).toContain('pass --empty-values "n/a"');
  });

  it('imports n/a as empty with --empty-values, the names read as detected', () => {
    const result = run(
      ['import-accounts', 'ru.csv', '--workspace', 'ws.json', '--empty-values', 'n/a,-', '--json'],
      { 'ru.csv': cyrillic },
    );
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout).files[0].notices[0]).toMatch(/read as Windows-1251/);
    const account = JSON.parse(result.writes[0]!.text).data.accounts[0];
    expect(account).toMatchObject({ name: 'Яндекс', employees: null });
  });

  it('reads the file in the encoding --encoding names, and refuses an unknown one', () => {
    const koi = run(
      [
        'import-accounts',
        'ru.csv',
        '--workspace',
        'ws.json',
        '--empty-values=n/a',
        '--encoding',
        'KOI8-R',
      ],
      { 'ru.csv': cyrillic },
    );
    expect(koi.exitCode).toBe(0);
    expect(JSON.parse(koi.writes[0]!.text).data.accounts[0].name).not.toBe('Яндекс');
    const cp = run(
      [
        'import-accounts',
        'ru.csv',
        '--workspace',
        'ws.json',
        '--empty-values=n/a',
        '--encoding',
        'cp1251',
      ],
      { 'ru.csv': cyrillic },
    );
    expect(JSON.parse(cp.writes[0]!.text).data.accounts[0].name).toBe('Яндекс');
    const bad = run(
      ['import-accounts', 'ru.csv', '--workspace', 'ws.json', '--encoding', 'ebcdic'],
      {
        'ru.csv': cyrillic,
      },
    );
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr).toContain('--encoding "ebcdic" is not an encoding this tool reads');
  });
});
