// The "proposed changes" CSV and the view's grouping (issue 15): one row a change, grouped
// under the motion it changes in the plan's order, primary teams last, with the details in
// words and whether the change is ticked; Excel-safe, so a name starting "=" stays text.
import { describe, expect, it } from 'vitest';
import type { ProposedChange } from '../../../shared/planner';
import { readCsv } from '../../../shared/csv/readCsv';
import { writeCsvBytes } from '../../../shared/csv/writeCsv';
import { restoreFromExcel } from '../../../shared/csv/excelSafe';
import {
  groupByMotion,
  PRIMARY_GROUP,
  PROPOSAL_CSV_HEADERS,
  proposalCsvRows,
} from '../../../renderer/src/features/planner/proposalRows';

const clears = { block: 3, warn: 1, info: 0 };
const shift: ProposedChange = {
  id: 'c1',
  kind: 'shift',
  motionId: 'm2',
  motionIds: ['m2'],
  from: { start: '2027-01-04', end: '2027-01-17' },
  to: { start: '2027-01-18', end: '2027-01-31' },
  days: 14,
  reason: 'moved 2 weeks later (to Jan 18 – Jan 31): clears 3 cross-team blocks with Nurture',
  clears,
};
const exclude: ProposedChange = {
  id: 'c2',
  kind: 'exclude',
  motionId: 'm1',
  motionIds: ['m1'],
  accountIds: ['a1', 'a2'],
  reason: '2 accounts taken out of Nurture: clears 2 primary-owner blocks',
  clears: { block: 2, warn: 0, info: 0 },
};
const primary: ProposedChange = {
  id: 'c3',
  kind: 'primary',
  accountId: 'a3',
  side: 'sales',
  previous: null,
  silenceMotionIds: ['m1'],
  motionIds: ['m1', 'm2'],
  reason: 'sales made primary for =Evil Corp: clears 1 cross-team block',
  clears: { block: 1, warn: 0, info: 0 },
};
const names = {
  motions: new Map([
    ['m1', 'Nurture'],
    ['m2', 'SDR outbound'],
  ]),
  accounts: new Map([
    ['a1', 'Acme'],
    ['a2', 'Globex; Inc'],
    ['a3', '=Evil Corp'],
  ]),
};

describe('the proposal as the view and the CSV list it', () => {
  it('groups changes under their motion in plan order, primary teams last', () => {
    const groups = groupByMotion([primary, shift, exclude], names.motions);
    expect(groups.map((g) => [g.name, g.changes.map((c) => c.id)])).toEqual([
      ['Nurture', ['c2']],
      ['SDR outbound', ['c1']],
      [PRIMARY_GROUP, ['c3']],
    ]);
  });

  it('writes one row a change with its details, reason and whether it is ticked', () => {
    const rows = proposalCsvRows([shift, exclude, primary], new Set(['c1', 'c3']), names);
    expect(rows).toEqual([
      [
        'Nurture',
        'Exclude accounts',
        '2 accounts: Acme; Globex; Inc',
        exclude.reason,
        'no',
        '2',
        '0',
      ],
      [
        'SDR outbound',
        'Shift dates',
        '2027-01-04 – 2027-01-17 → 2027-01-18 – 2027-01-31',
        shift.reason,
        'yes',
        '3',
        '1',
      ],
      [
        PRIMARY_GROUP,
        'Set primary team',
        '=Evil Corp: primary team none → sales; taken out of Nurture',
        primary.reason,
        'yes',
        '1',
        '0',
      ],
    ]);
  });

  it('is Excel-safe and reads back as written', () => {
    const rows = proposalCsvRows([shift, exclude, primary], new Set(['c1']), names);
    const bytes = writeCsvBytes(PROPOSAL_CSV_HEADERS, rows, { mode: 'excel' });
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    // The account name that Excel would run as a formula is neutralized.
    expect(text).toContain("'=Evil Corp");
    expect(text).not.toMatch(/(^|,|")=Evil/m);
    const back = readCsv('proposed-changes.csv', bytes);
    if (!back.ok) throw new Error(back.error.message);
    expect(back.headers).toEqual(PROPOSAL_CSV_HEADERS);
    expect(back.rows.map((r) => r.map(restoreFromExcel))).toEqual(rows);
  });
});
