// How the fuzz suite tells a clean error from an unclear one (test/fuzz/pureRunner.ts): a
// message that says which file and where is clean, even when that file is the one an export
// would write; a stack trace or a bare "Maximum call stack size exceeded" never is.
import { describe, expect, it } from 'vitest';
import { utf8 } from '../fuzz/fuzzCase';
import { isCleanMessage } from '../fuzz/pureRunner';
import { option } from '../fuzz/run';

const exportCase = { files: { 'ws.json': utf8('{}') }, outputs: ['out.csv'] };
const UNUSABLE = 2;

describe('a fuzz verdict on a failed command', () => {
  it('an export blocked by a HubSpot domain clash, naming the file, row and column, is clean', () => {
    const stderr =
      'hubspot-companies.csv, row 3, column "Company domain name" (Müller & Söhne GmbH): ' +
      'Company domain name is "northwind-analytics.example", the domain of "Northwind" too ' +
      '(hubspot-companies.csv, row 2): HubSpot keeps one company per domain\n' +
      '1 row(s) the CRM would reject; nothing was written. Fix them in the workspace, or pass --skip-bad-rows to leave those rows out.\n';
    expect(isCleanMessage(stderr, exportCase, UNUSABLE)).toBe(true);
  });

  it('a message naming a file of the case (input or output) is clean', () => {
    expect(isCleanMessage('ws.json: not a workspace file\n', exportCase, UNUSABLE)).toBe(true);
    expect(isCleanMessage('out.csv: permission denied\n', exportCase, UNUSABLE)).toBe(true);
  });

  it('a bare stack overflow, naming no file, is unclear', () => {
    const stderr = 'Maximum call stack size exceeded\n';
    expect(isCleanMessage(stderr, exportCase, UNUSABLE)).toBe(false);
  });

  it('a raw stack trace is unclear, even when it names the file and a row', () => {
    const stderr =
      'RangeError: Maximum call stack size exceeded (hubspot-companies.csv, row 3)\n' +
      '    at parseRow (/app/dist-cli/abm-workbench.cjs:120:17)\n' +
      '    at Array.map (<anonymous>)\n';
    expect(isCleanMessage(stderr, exportCase, UNUSABLE)).toBe(false);
  });

  it('a message about some row of no file is unclear', () => {
    expect(isCleanMessage('row 3 is wrong\n', exportCase, UNUSABLE)).toBe(false);
    expect(isCleanMessage('', exportCase, UNUSABLE)).toBe(false);
  });
});

describe('the fuzz script’s options', () => {
  it('`npm run fuzz -- --cases 300` runs 300 cases, not the script’s own 10,000', () => {
    const argv = ['--cases', '10000', '--cases', '300', '--out', '/tmp/fuzz.json'];
    expect(option(argv, 'cases', '1')).toBe('300');
    expect(option(argv, 'seed', '1')).toBe('1');
  });
});
