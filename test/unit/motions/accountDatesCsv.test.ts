// A staggered or handed-over motion survives the motion CSV: the accounts' own days (waves,
// hand-overs) are written in "Account dates" and read back, and a bad entry is refused by file,
// row and column with nothing imported.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Account, Motion } from '../../../shared/domain/types';
import { sequentialIds } from '../../../shared/domain/ids';
import { addDays } from '../../../shared/dates/calendarDate';
import { previewMotionImport } from '../../../shared/motions/importMotions';
import { exportMotionsCsv } from '../../../shared/motions/exportMotionsCsv';
import { newMotion } from '../../../shared/motions/motionDefaults';
import { accountLookup } from '../../../shared/motions/motionRowParser';
import { formatAccountDates, parseAccountDates } from '../../../shared/motions/accountDatesCsv';

const NOW = '2027-01-15T09:00:00.000Z';
const accounts: Pick<Account, 'id' | 'domain' | 'salesforceId' | 'name'>[] = [
  { id: 'a-acme', domain: 'acme.com', salesforceId: '', name: 'Acme' },
  { id: 'a-globex', domain: 'globex.io', salesforceId: '', name: 'Globex' },
  { id: 'a-initech', domain: 'initech.com', salesforceId: '', name: 'Initech' },
  { id: 'a-sf', domain: '', salesforceId: '001Dn000001XyZaIAK', name: 'No website' },
  { id: 'a-none', domain: '', salesforceId: '', name: 'Nameless' },
];

const sdr = (patch: Partial<Motion> = {}): Motion =>
  newMotion('m-sdr', '2027-02-01', NOW, {
    name: 'SDR outbound',
    kind: 'sales sequence',
    team: 'Sales',
    channel: 'email',
    start: '2027-02-01',
    end: '2027-02-28',
    ...patch,
  });

function importBack(text: string | Uint8Array, motions: Motion[] = []) {
  return previewMotionImport('motions.csv', text, {
    accounts,
    motions,
    newId: sequentialIds('m'),
    now: NOW,
  });
}

function column(text: string, header: string): string[] {
  const [head, ...lines] = text.trim().split(/\r?\n/);
  const at = head!.split(',').indexOf(header);
  // The test rows hold no quoted commas before this column.
  return lines.map((l) => l.replace(/"/g, '').split(',')[at] ?? '');
}

describe('the motion CSV’s "Account dates" column', () => {
  it('writes a staggered and handed-over motion’s days per account, and reads them back', () => {
    const motion = sdr({
      accountDates: {
        'a-acme': { start: '2027-02-08' },
        'a-globex': { end: '2027-02-14' },
        'a-sf': { start: '2027-02-15', end: '2027-02-21' },
      },
    });
    const file = exportMotionsCsv([motion], accounts);
    expect(column(file.text, 'Account dates')).toEqual([
      'acme.com starts 2027-02-08;globex.io ends 2027-02-14;001Dn000001XyZaIAK starts 2027-02-15 ends 2027-02-21',
    ]);
    const back = importBack(file.bytes);
    expect(back.errors).toEqual([]);
    expect(back.notices).toEqual([]);
    expect(back.rows[0]!.motion.accountDates).toEqual(motion.accountDates);
    // Into the workspace it came from: the same motion, updated to what it was.
    const again = importBack(file.bytes, [motion]);
    expect(again.rows[0]).toMatchObject({
      action: 'update',
      motion: { ...motion, updatedAt: NOW },
    });
  });

  it('an empty cell gives every account the motion’s dates again; no column keeps them', () => {
    const staggered = sdr({ accountDates: { 'a-acme': { start: '2027-02-08' } } });
    const cleared = importBack('Name,Account dates\nSDR outbound,\n', [staggered]);
    expect(cleared.errors).toEqual([]);
    expect(cleared.rows[0]!.motion).not.toHaveProperty('accountDates');
    const kept = importBack('Name,Theme\nSDR outbound,Consolidation\n', [staggered]);
    expect(kept.rows[0]!.motion.accountDates).toEqual(staggered.accountDates);
    // Spaces, a colon after the account and any case are read as written by hand.
    const typed = importBack(
      'Name,Account dates\nSDR outbound," ACME.com:  Starts 2027-02-08 ; globex.io ENDS 2027-02-20 "\n',
      [staggered],
    );
    expect(typed.errors).toEqual([]);
    expect(typed.rows[0]!.motion.accountDates).toEqual({
      'a-acme': { start: '2027-02-08' },
      'a-globex': { end: '2027-02-20' },
    });
  });

  it('refuses a bad entry by file, row, column and value, and imports nothing', () => {
    const csv =
      'Name,Kind,Start,End,Account dates\n' +
      'Good,email nurture,2027-02-01,2027-02-28,acme.com starts 2027-02-08\n' +
      'Wave,email nurture,2027-02-01,2027-02-28,acme.com from 2027-02-08\n' +
      'Order,email nurture,2027-02-01,2027-02-28,acme.com starts 08/02/2027\n' +
      'Back,email nurture,2027-02-01,2027-02-28,acme.com starts 2027-02-20 ends 2027-02-10\n' +
      'Who,email nurture,2027-02-01,2027-02-28,nowhere.org ends 2027-02-10\n' +
      'Twice,email nurture,2027-02-01,2027-02-28,acme.com ends 2027-02-10;acme.com starts 2027-02-03\n' +
      'Bare,email nurture,2027-02-01,2027-02-28,acme.com\n';
    const p = importBack(csv);
    expect(p.canImport).toBe(false);
    expect(p.counts).toEqual({ new: 1, updated: 0, rejected: 6 });
    expect(p.errors.map((e) => [e.file, e.row, e.column, e.value, e.message])).toEqual([
      [
        'motions.csv',
        3,
        'Account dates',
        'acme.com from 2027-02-08',
        '"acme.com from 2027-02-08" is not "domain starts YYYY-MM-DD", "domain ends YYYY-MM-DD" or both',
      ],
      [
        'motions.csv',
        4,
        'Account dates',
        'acme.com starts 08/02/2027',
        '"08/02/2027" in "acme.com starts 08/02/2027" is not a date written YYYY-MM-DD',
      ],
      [
        'motions.csv',
        5,
        'Account dates',
        'acme.com starts 2027-02-20 ends 2027-02-10',
        '"acme.com starts 2027-02-20 ends 2027-02-10" starts after it ends',
      ],
      [
        'motions.csv',
        6,
        'Account dates',
        'nowhere.org ends 2027-02-10',
        '"nowhere.org" matches no account in the workspace',
      ],
      [
        'motions.csv',
        7,
        'Account dates',
        'acme.com starts 2027-02-03',
        '"acme.com" has days of its own twice in this cell',
      ],
      [
        'motions.csv',
        8,
        'Account dates',
        'acme.com',
        '"acme.com" is not "domain starts YYYY-MM-DD", "domain ends YYYY-MM-DD" or both',
      ],
    ]);
  });

  it('says when an account’s days reach outside its motion’s (the motion’s dates apply)', () => {
    const p = importBack(
      'Name,Kind,Start,End,Account dates\n' +
        'SDR outbound,sales sequence,2027-02-01,2027-02-28,acme.com starts 2027-01-20;globex.io ends 2027-03-05\n',
    );
    expect(p.errors).toEqual([]);
    expect(p.canImport).toBe(true);
    expect(p.notices).toContain(
      "2 account(s) in \"Account dates\" have days outside their motion's dates (row 2): an account's own days only narrow the motion's, so the motion's dates apply there.",
    );
  });

  it('leaves out, with a notice, an account that has neither a domain nor a Salesforce id', () => {
    const file = exportMotionsCsv(
      [
        sdr({
          accountDates: { 'a-none': { start: '2027-02-08' }, 'a-acme': { end: '2027-02-10' } },
        }),
      ],
      accounts,
    );
    expect(column(file.text, 'Account dates')).toEqual(['acme.com ends 2027-02-10']);
    expect(file.notices.join(' ')).toMatch(
      /1 account\(s\) .* no domain or Salesforce id .*Nameless/,
    );
  });

  it('round-trips any accounts’ own days through the cell (property)', () => {
    const lookup = accountLookup(accounts);
    const refOf = (id: string) => {
      const a = accounts.find((x) => x.id === id)!;
      return a.domain || a.salesforceId || null;
    };
    const day = fc.integer({ min: 0, max: 400 }).map((n) => addDays('2026-12-01', n));
    const own = fc
      .record({ start: day, end: day }, { requiredKeys: [] })
      .filter((d) => d.start !== undefined || d.end !== undefined)
      .map((d) => (d.start && d.end && d.start > d.end ? { start: d.end, end: d.start } : d));
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('a-acme', 'a-globex', 'a-initech', 'a-sf'), own),
        (accountDates) => {
          const parsed = parseAccountDates(formatAccountDates(accountDates, refOf), lookup);
          expect(parsed.problems).toEqual([]);
          expect(parsed.value).toEqual(accountDates);
        },
      ),
      { numRuns: 300 },
    );
  });
});
