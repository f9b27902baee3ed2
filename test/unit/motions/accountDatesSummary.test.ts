// A staggered or handed-over motion says so: the editor's sentences and the bar's label name
// the waves and the hand-overs, and a motion whose accounts all run on its dates says nothing.
import { describe, expect, it } from 'vitest';
import {
  accountDatesLabel,
  accountDatesSentences,
  accountDatesShort,
  summarizeAccountDates,
} from '../../../shared/motions/accountDatesSummary';

const motion = { start: '2027-02-01', end: '2027-02-28' };

describe('a motion’s per-account dates, said', () => {
  it('names each later wave with its first day and the accounts handed over', () => {
    const m = {
      ...motion,
      accountDates: {
        a: { start: '2027-02-08' },
        b: { start: '2027-02-08' },
        c: { start: '2027-02-15' },
        d: { end: '2027-02-14' },
        e: { end: '2027-02-20' },
      },
    };
    const summary = summarizeAccountDates(m);
    expect(summary).toEqual({
      laterWaves: [
        { start: '2027-02-08', accounts: 2 },
        { start: '2027-02-15', accounts: 1 },
      ],
      staggered: 3,
      handedOver: 2,
      lastDays: { first: '2027-02-14', last: '2027-02-20' },
      notReached: 0,
    });
    expect(accountDatesLabel(summary)).toBe(
      'staggered: 3 waves, 3 accounts from Feb 8; handed over on 2 accounts',
    );
    expect(accountDatesShort(summary!)).toBe('3 waves · 2 handed over');
    expect(accountDatesSentences(m, summary)).toEqual([
      'Staggered into 3 waves: the audience starts on Feb 1, except 2 accounts on Feb 8, 1 account on Feb 15.',
      'Handed over on 2 accounts: the motion ends there between Feb 14 and Feb 20, before its own end.',
    ]);
  });

  it('reads own days as the motion’s dates narrow them (stale days clamped, empty days not reached)', () => {
    const m = {
      ...motion,
      accountDates: {
        // Left behind when the motion's dates were edited: no narrowing at all.
        early: { start: '2027-01-20', end: '2027-03-05' },
        // Starts after the motion ends: the motion does not reach it.
        gone: { start: '2027-03-10' },
        late: { end: '2027-02-10' },
      },
    };
    const summary = summarizeAccountDates(m)!;
    expect(summary.laterWaves).toEqual([]);
    expect(summary.handedOver).toBe(1);
    expect(summary.notReached).toBe(1);
    expect(accountDatesLabel(summary)).toBe('handed over on 1 account; 1 account not reached');
    expect(accountDatesSentences(m, summary)[0]).toBe(
      'Handed over on 1 account: the motion ends there on Feb 10, before its own end.',
    );
  });

  it('says nothing for a motion whose accounts all run on its dates', () => {
    expect(summarizeAccountDates(motion)).toBeNull();
    expect(summarizeAccountDates({ ...motion, accountDates: {} })).toBeNull();
    expect(
      summarizeAccountDates({ ...motion, accountDates: { a: { start: '2027-02-01' } } }),
    ).toBeNull();
    expect(accountDatesLabel(null)).toBe('');
    expect(accountDatesSentences(motion, null)).toEqual([]);
  });
});
