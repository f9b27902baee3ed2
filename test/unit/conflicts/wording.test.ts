// The conflict list read on a projector: one line per group, a year only where it is not this
// year's, and "1 account", never "1 accounts".
import { describe, expect, it } from 'vitest';
import { shortDate, windowText } from '../../../shared/conflicts/wording';
import { countOf } from '../../../shared/text/countOf';
import { knownFilters } from '../../../renderer/src/features/conflicts/conflictFilterStore';

describe('conflict dates and counts', () => {
  it('leave out the year of this year and name any other', () => {
    expect(windowText({ first: '2027-02-03', last: '2027-02-21' }, 2027)).toBe('Feb 3 – Feb 21');
    expect(windowText({ first: '2028-02-03', last: '2028-02-21' }, 2027)).toBe(
      'Feb 3 – Feb 21, 2028',
    );
    expect(windowText({ first: '2026-12-28', last: '2027-01-03' }, 2027)).toBe(
      'Dec 28, 2026 – Jan 3',
    );
    expect(windowText({ first: '2027-12-28', last: '2028-01-03' }, 2027)).toBe(
      'Dec 28, 2027 – Jan 3, 2028',
    );
    expect(windowText({ first: '2028-05-01', last: '2028-05-01' }, 2027)).toBe('May 1, 2028');
    expect(shortDate('2027-03-01', 2027)).toBe('Mar 1');
    // Without a current year (group titles made by the engine) the words stay as they were.
    expect(windowText({ first: '2028-02-03', last: '2028-02-21' })).toBe('Feb 3 – Feb 21');
  });

  it('count in the right number', () => {
    expect(countOf(1, 'account')).toBe('1 account');
    expect(countOf(0, 'account')).toBe('0 accounts');
    expect(countOf(3412, 'account')).toBe('3,412 accounts');
    expect(countOf(1, 'included account is', 'included accounts are')).toBe(
      '1 included account is',
    );
  });
});

describe('remembered conflict filters', () => {
  it('keep what this build knows and drop the rest', () => {
    expect(
      knownFilters({
        rule: 'blackout',
        severity: 'block',
        team: 'Sales',
        tier: '1',
        showAccepted: true,
      }),
    ).toEqual({
      rule: 'blackout',
      severity: 'block',
      team: 'Sales',
      tier: '1',
      showAccepted: true,
    });
    expect(knownFilters({ rule: 'gone-rule', severity: 'fatal', tier: 4 })).toEqual({
      rule: '',
      severity: '',
      team: '',
      tier: '',
      showAccepted: false,
    });
    expect(knownFilters(null).rule).toBe('');
  });
});
