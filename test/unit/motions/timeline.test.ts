// The quarter view stacks bars into swimlanes; the account timeline stacks touches per week.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutLanes, stackTouches, touchesInWeek } from '../../../shared/motions/timeline';
import { newMotion } from '../../../shared/motions/motionDefaults';
import { addDays } from '../../../shared/dates/calendarDate';
import { weeksInRange } from '../../../shared/dates/fiscal';
import { CHANNELS, TEAMS, type Motion } from '../../../shared/domain/types';

const NOW = '2027-01-01T00:00:00.000Z';
const m = (id: string, patch: Partial<Motion>) => newMotion(id, '2027-01-04', NOW, patch);

describe('swimlanes', () => {
  it('groups by team, then channel, in the fixed orders', () => {
    const lanes = layoutLanes([
      m('a', { team: 'Sales', channel: 'phone' }),
      m('b', { team: 'Marketing', channel: 'ads' }),
      m('c', { team: 'Marketing', channel: 'email' }),
    ]);
    expect(lanes.map((l) => l.key)).toEqual(['Marketing|email', 'Marketing|ads', 'Sales|phone']);
  });

  it('packs bars into rows where none overlap (inclusive days), using as few rows as greedy allows', () => {
    const lanes = layoutLanes([
      m('a', { start: '2027-01-04', end: '2027-01-10' }),
      m('b', { start: '2027-01-10', end: '2027-01-20' }),
      m('c', { start: '2027-01-11', end: '2027-01-12' }),
    ]);
    expect(lanes[0]!.items.map((i) => [i.motion.id, i.row])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 0],
    ]);
    expect(lanes[0]!.rows).toBe(2);
  });

  it('never puts two overlapping bars in the same row (property)', () => {
    const arb = fc.array(
      fc.record({
        s: fc.nat(60),
        len: fc.nat(20),
        team: fc.constantFrom(...TEAMS),
        channel: fc.constantFrom(...CHANNELS),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(arb, (raw) => {
        const motions = raw.map((r, i) =>
          m(`m${i}`, {
            team: r.team,
            channel: r.channel,
            start: addDays('2027-01-01', r.s),
            end: addDays('2027-01-01', r.s + r.len),
          }),
        );
        const lanes = layoutLanes(motions);
        expect(lanes.reduce((n, l) => n + l.items.length, 0)).toBe(motions.length);
        for (const lane of lanes) {
          for (const a of lane.items) {
            for (const b of lane.items) {
              if (a === b || a.row !== b.row) continue;
              expect(a.motion.end < b.motion.start || b.motion.end < a.motion.start).toBe(true);
            }
          }
        }
      }),
    );
  });
});

describe('touches per week', () => {
  it('counts active days in the Monday week: 3 a week for 2 of 7 days is 6/7', () => {
    const motion = m('a', { start: '2027-01-09', end: '2027-01-20', touchesPerWeek: 3 });
    expect(touchesInWeek(motion, { start: '2027-01-04', end: '2027-01-10' })).toBeCloseTo(6 / 7);
    expect(touchesInWeek(motion, { start: '2027-01-11', end: '2027-01-17' })).toBe(3);
    expect(touchesInWeek(motion, { start: '2027-01-25', end: '2027-01-31' })).toBe(0);
  });

  it('stacks the motions touching an account week by week, adding up to the whole', () => {
    const a = m('a', { start: '2027-01-04', end: '2027-01-31', touchesPerWeek: 2 });
    const b = m('b', { start: '2027-01-18', end: '2027-01-24', touchesPerWeek: 3 });
    const stacked = stackTouches([a, b], weeksInRange({ start: '2027-01-04', end: '2027-01-31' }));
    expect(stacked.map((w) => w.total)).toEqual([2, 2, 5, 2]);
    expect(stacked[2]!.parts.map((p) => p.motion.id)).toEqual(['a', 'b']);
  });
});
