// An account's own days of a motion (Motion.accountDates): they only narrow the motion's dates,
// stale ones are clamped, an empty range means the account is not touched, and a move of the
// motion takes them along.
import { describe, expect, it } from 'vitest';
import {
  activeRangeOn,
  hasAccountDates,
  shiftedAccountDates,
  withAccountDays,
} from '../../../shared/motions/accountDates';

const motion = {
  start: '2027-02-01',
  end: '2027-02-28',
  accountDates: {
    wave: { start: '2027-02-15' },
    handover: { end: '2027-02-09' },
    stale: { start: '2027-01-10', end: '2027-03-30' },
    none: { start: '2027-02-20', end: '2027-02-10' },
  },
};

describe('an account’s own days of a motion', () => {
  it('narrow the motion’s dates, are clamped to them, and may leave no day', () => {
    expect(activeRangeOn(motion, 'wave')).toEqual({ start: '2027-02-15', end: '2027-02-28' });
    expect(activeRangeOn(motion, 'handover')).toEqual({ start: '2027-02-01', end: '2027-02-09' });
    expect(activeRangeOn(motion, 'stale')).toEqual({ start: '2027-02-01', end: '2027-02-28' });
    expect(activeRangeOn(motion, 'none')).toBeNull();
    expect(activeRangeOn(motion, 'anyone else')).toEqual({
      start: '2027-02-01',
      end: '2027-02-28',
    });
    expect(hasAccountDates(motion)).toBe(true);
    expect(hasAccountDates({ accountDates: {} })).toBe(false);
  });

  it('move with the motion, and a stagger or hand-over sets one end, keeping the other', () => {
    expect(shiftedAccountDates(motion.accountDates, 7)).toMatchObject({
      wave: { start: '2027-02-22' },
      handover: { end: '2027-02-16' },
    });
    expect(shiftedAccountDates(undefined, 7)).toBeUndefined();
    const both = withAccountDays(
      motion.accountDates,
      [{ accountId: 'wave', day: '2027-02-25' }],
      'end',
    );
    expect(both?.['wave']).toEqual({ start: '2027-02-15', end: '2027-02-25' });
    expect(withAccountDays(undefined, [], 'start')).toBeUndefined();
  });
});
