/** fast-check generators of small random plans that reach every rule and every edge. */
import fc from 'fast-check';
import { addDays } from '../../../shared/dates/calendarDate';
import { DEFAULT_SETTINGS } from '../../../shared/domain/defaults';
import { CHANNELS, TEAMS } from '../../../shared/domain/types';
import type { Blackout, Severity, Tier } from '../../../shared/domain/types';
import { resolveAudiences } from '../../../shared/conflicts/audiences';
import type {
  ConflictAccount,
  ConflictMotion,
  ConflictPerson,
  ConflictPlan,
} from '../../../shared/conflicts/types';

const DAY0 = '2027-01-25';
const tier = fc.constantFrom<Tier | null>(null, 1, 2, 3);
const tags = fc.subarray(['a', 'b', 'C']);
const severity = fc.constantFrom<Severity>('block', 'warn', 'info');

export const accountArb = (i: number) =>
  fc
    .record({
      status: fc.constantFrom('target', 'target', 'candidate', 'removed' as const),
      tier,
      tags,
      primaryTeam: fc.constantFrom(null, null, 'marketing', 'sales' as const),
    })
    .map(
      (f): ConflictAccount => ({ id: `acc-${i}`, name: `Account ${i}`, ...f }) as ConflictAccount,
    );

export const motionArb = (i: number, accountIds: string[]) =>
  fc
    .record({
      team: fc.constantFrom(...TEAMS),
      channel: fc.constantFrom(...CHANNELS),
      offset: fc.integer({ min: 0, max: 40 }),
      length: fc.integer({ min: 0, max: 20 }),
      touchesPerWeek: fc.constantFrom(0, 1, 2, 3, 0.5, 4),
      theme: fc.constantFrom('', 'x', ' X', 'y'),
      aborted: fc.integer({ min: 0, max: 5 }).map((k) => k === 0),
      tiers: fc.subarray([1, 2, 3] as Tier[]),
      segments: fc.subarray(['a', 'b', 'c']),
      match: fc.constantFrom('all', 'any' as const),
      include: fc.subarray(accountIds),
      exclude: fc.subarray(accountIds),
      // Days of their own for a few accounts: later starts, earlier ends, some outside the
      // motion's days (clamped) and some leaving no day at all.
      own: fc.array(
        fc.record({
          account: fc.constantFrom(...accountIds),
          start: fc.option(fc.integer({ min: -3, max: 24 }), { nil: undefined }),
          end: fc.option(fc.integer({ min: -3, max: 24 }), { nil: undefined }),
        }),
        { maxLength: 3 },
      ),
      // Mostly every person; sometimes only some personas (case and spaces as people type them).
      personas: fc.oneof(
        fc.constant<string[]>([]),
        fc.subarray(['Marketing leader', ' it ', 'Finance']),
      ),
    })
    .map((f): ConflictMotion => ({
      id: `mot-${i}`,
      name: `Motion ${i}`,
      team: f.team,
      channel: f.channel,
      start: addDays(DAY0, f.offset),
      end: addDays(DAY0, f.offset + f.length),
      touchesPerWeek: f.touchesPerWeek,
      theme: f.theme,
      status: f.aborted ? 'Aborted' : 'Planned',
      audience: {
        tiers: f.tiers,
        segments: f.segments,
        match: f.match,
        include: f.include,
        exclude: f.exclude,
        ...(f.personas.length > 0 ? { personas: f.personas } : {}),
      },
      ...(f.own.length > 0 && {
        accountDates: Object.fromEntries(
          f.own.map((o) => [
            o.account,
            {
              ...(o.start !== undefined && { start: addDays(DAY0, f.offset + o.start) }),
              ...(o.end !== undefined && { end: addDays(DAY0, f.offset + o.end) }),
            },
          ]),
        ),
      }),
    }));

/** A person at one of `accountCount` accounts, with a persona and opt-outs. */
export const personArb = (i: number, accountCount: number) =>
  fc
    .record({
      account: fc.nat(accountCount - 1),
      persona: fc.constantFrom('', 'Marketing leader', 'IT', 'it', 'Sales'),
      emailOptOut: fc.integer({ min: 0, max: 4 }).map((k) => k === 0),
      doNotCall: fc.integer({ min: 0, max: 4 }).map((k) => k === 0),
      hasEmail: fc.integer({ min: 0, max: 5 }).map((k) => k !== 0),
    })
    .map((f): ConflictPerson => ({ id: `per-${i}`, name: `Person ${i}`, ...f }));

export const peopleArb = (accountCount: number) =>
  fc
    .integer({ min: 0, max: 12 })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => personArb(i, accountCount))));

export const blackoutArb = (i: number, accountIds: string[]) =>
  fc
    .record({
      scope: fc.oneof(
        fc.constant({ kind: 'everyone' as const }),
        fc.constantFrom('a', 'b', 'c').map((segment) => ({ kind: 'segment' as const, segment })),
        fc
          .constantFrom(...accountIds)
          .map((accountId) => ({ kind: 'account' as const, accountId })),
      ),
      offset: fc.integer({ min: 0, max: 50 }),
      length: fc.integer({ min: 0, max: 10 }),
    })
    .map((f): Blackout => ({
      id: `blk-${i}`,
      scope: f.scope,
      start: addDays(DAY0, f.offset),
      end: addDays(DAY0, f.offset + f.length),
      reason: `Blackout ${i}`,
    }));

export const planArb = fc.integer({ min: 1, max: 8 }).chain((n) => {
  const ids = Array.from({ length: n }, (_, i) => `acc-${i}`);
  return fc
    .record({
      accounts: fc.tuple(...ids.map((_, i) => accountArb(i))),
      motionCount: fc.integer({ min: 0, max: 7 }),
      blackoutCount: fc.integer({ min: 0, max: 3 }),
      cap: fc.integer({ min: 1, max: 5 }),
      personCap: fc.integer({ min: 0, max: 4 }),
      severities: fc.tuple(severity, severity, severity, severity),
      people: peopleArb(n),
    })
    .chain((f) =>
      fc
        .record({
          motions: fc.tuple(...Array.from({ length: f.motionCount }, (_, i) => motionArb(i, ids))),
          blackouts: fc.tuple(
            ...Array.from({ length: f.blackoutCount }, (_, i) => blackoutArb(i, ids)),
          ),
        })
        .map(({ motions, blackouts }): ConflictPlan => ({
          accounts: f.accounts,
          motions,
          audiences: resolveAudiences(f.accounts, motions),
          blackouts,
          people: f.people,
          settings: {
            ...DEFAULT_SETTINGS,
            weeklyTouchCap: f.cap,
            personTouchCap: f.personCap,
            severities: {
              ...DEFAULT_SETTINGS.severities,
              'cross-team': f.severities[0],
              'same-channel': f.severities[1],
              blackout: f.severities[2],
              'person-pressure': f.severities[3],
            },
          },
        })),
    );
});
