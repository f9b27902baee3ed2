/**
 * What the proposal cannot clear, in words: the block conflicts still open after every
 * allowed move, grouped by rule and motions (and blackout), each with why — the blackout
 * covers the whole allowed window, the dates are locked, the motion must keep its minimum
 * audience, the accounts are never-exclude, or a move is not allowed.
 */
import { fromDayNumber, toDayNumber } from '../dates/calendarDate';
import { conflictOf, groupOf, shortDate, type ConflictGroup } from '../conflicts';
import { REC_PRESSURE } from '../conflicts/records';
import { acceptedHitKeys, HitReader } from './accountHits';
import {
  allowedWindow,
  candidateShifts,
  datesLocked,
  minimumShareOf,
  startedBefore,
  todayLimitText,
  todayOf,
} from './allowedWindow';
import { stuckKey, type ExclusionRefusal, type Stuck } from './exclusionMoves';
import type { PlannerState } from './plannerState';
import type { PlannerMotion, Unresolved } from './plannerTypes';
import { plural } from './reasons';

interface Bucket {
  rule: Unresolved['rule'];
  motionIds: string[];
  blackoutId: string | null;
  accountIds: string[];
  refusals: Map<string, ExclusionRefusal>;
}

export function explainUnresolved(state: PlannerState, stuck: readonly Stuck[]): Unresolved[] {
  const refusalsByKey = new Map(stuck.map((s) => [s.key, s.refusals]));
  const accounts = [...new Set(stuck.map((s) => s.accountId))];
  const buckets = new Map<string, Bucket>();
  // The accounts' block conflicts from their sweeps, each group's motions and blackout looked
  // up once: building every conflict with its wording was seconds at 100,000 accounts.
  const hits = new HitReader(acceptedHitKeys(state.groups, state.accepted));
  const groups = new Map<number, ConflictGroup>();
  for (const accountId of accounts) {
    state.pulse.tick('exclude', 1, 1);
    const i = state.index.accountPosition(accountId);
    if (i === undefined) continue;
    for (const hit of hits.read(state.index, i)) {
      if (hit.severity !== 'block' || hit.accepted) continue;
      // Contact pressure names the account's own motions that week, so it is read per account.
      let c: Pick<ConflictGroup, 'rule' | 'motionIds' | 'blackoutId'> | undefined =
        hit.ref[0] === REC_PRESSURE
          ? conflictOf(state.index, hit.ref, hit.rule, i)
          : groups.get(hit.key);
      if (!c) groups.set(hit.key, (c = groupOf(state.index, hit.ref, hit.rule, 0, false)));
      const key = `${c.rule}|${c.motionIds.join(',')}|${c.blackoutId ?? ''}`;
      let b = buckets.get(key);
      if (!b) {
        b = {
          rule: c.rule,
          motionIds: c.motionIds,
          blackoutId: c.blackoutId,
          accountIds: [],
          refusals: new Map(),
        };
        buckets.set(key, b);
      }
      if (b.accountIds[b.accountIds.length - 1] !== accountId) b.accountIds.push(accountId);
      const stuckAt = stuckKey(accountId, c.rule, c.motionIds, c.blackoutId);
      for (const [m, why] of refusalsByKey.get(stuckAt) ?? [])
        if (!b.refusals.has(m)) b.refusals.set(m, why);
    }
  }
  return [...buckets.keys()].sort().map((key) => {
    const b = buckets.get(key)!;
    return {
      rule: b.rule,
      motionIds: b.motionIds,
      blackoutId: b.blackoutId,
      accountIds: [...b.accountIds].sort(),
      explanation: explain(state, b),
    };
  });
}

function explain(state: PlannerState, b: Bucket): string {
  const name = (id: string) => state.input.motions.find((m) => m.id === id)?.name ?? id;
  const who = plural(b.accountIds.length, 'account');
  const are = b.accountIds.length === 1 ? 'is' : 'are';
  const why = [...b.refusals].map(([id, r]) => refusalText(state, id, r, name(id)));
  // Today keeps a motion's dates (started) or leaves it no room to move: say so first.
  const fiscal = state.input.settings.fiscalYearStartMonth;
  const today = todayOf(state.options);
  const pressure: string[] = [];
  for (const id of b.motionIds) {
    const motion = state.input.motions.find((m) => m.id === id);
    const limit = motion && !datesLocked(motion) && todayLimitText(motion, fiscal, today);
    if (limit) why.unshift(limit);
    else if (motion && b.rule !== 'blackout' && datesLocked(motion))
      why.unshift(lockedText(motion));
    else if (motion && !datesLocked(motion) && state.pressureBanned.has(id)) pressure.push(id);
  }
  // The shifts that would clear them were not made: they add buyers over the per-person cap.
  if (pressure.length > 0)
    why.unshift(
      `the shifts of ${pressure.map(name).join(' and ')} that would clear them put buyers over the per-person touch cap, which a proposal never does`,
    );
  const past = b.rule === 'cross-team' ? pastOverlapText(state, b.motionIds, today) : null;
  if (past) why.unshift(past);
  const tail = why.length > 0 ? `; ${why.join('; ')}` : '';
  const [first, second] = b.motionIds;
  if (b.rule === 'blackout' && first) {
    const blackout = state.input.blackouts.find((x) => x.id === b.blackoutId);
    const label = blackout?.reason ? `the blackout "${blackout.reason}"` : 'a blackout';
    return `${who} ${are} in ${label} ${datesText(state, first, b.blackoutId)} of ${name(first)}${tail}`;
  }
  if (b.rule === 'primary-owner' && first) {
    const reassign = state.options.moves.includes('reassign')
      ? ''
      : '; allow "reassign" to change a primary team the user set';
    return `${who} ${are} in ${name(first)} though the other side is their primary team (a user decision)${tail}${reassign}`;
  }
  if (b.rule === 'cross-team' && first && second) {
    const shift =
      state.options.moves.includes('shift') && pressure.length === 0
        ? '; no shift inside the allowed windows separates them'
        : '';
    return `${who} ${are} in both ${name(first)} and ${name(second)} at once${shift}${tail}`;
  }
  return `${who} break the ${b.rule} rule in ${b.motionIds.map(name).join(' and ')}${tail}`;
}

/** Why a motion's dates stay: the user locked them, or it runs (its status). */
function lockedText(motion: PlannerMotion): string {
  return motion.planning?.lockedDates === true
    ? `${motion.name}'s dates are locked`
    : `${motion.name} is ${motion.status === 'Completed' ? 'completed' : 'in progress'}, so its dates stay`;
}

/**
 * "they already ran together from Oct 29, before today: …" when the two motions' dates met
 * before today — no move from today on clears days already past; else null.
 */
function pastOverlapText(
  state: PlannerState,
  motionIds: readonly string[],
  today: number | null,
): string | null {
  if (today === null || motionIds.length !== 2) return null;
  const p = state.index.plan;
  const [a, b] = motionIds.map((id) => p.motions.findIndex((m) => m?.id === id));
  if (a === undefined || b === undefined || a < 0 || b < 0) return null;
  const first = Math.max(p.mStart[a]!, p.mStart[b]!);
  const last = Math.min(p.mEnd[a]!, p.mEnd[b]!);
  if (first > last || first >= today) return null;
  return `they already ran together from ${shortDate(fromDayNumber(first))}, before today, and days already past cannot be cleared (a hand-over takes effect from today on)`;
}

/** "for the whole allowed window" / "on the locked dates" / "on the dates". */
function datesText(state: PlannerState, motionId: string, blackoutId: string | null): string {
  const motion = state.input.motions.find((m) => m.id === motionId);
  const blackout = state.input.blackouts.find((x) => x.id === blackoutId);
  if (!motion) return 'on the dates';
  if (datesLocked(motion)) return 'on the locked dates';
  const today = todayOf(state.options);
  if (!blackout || !state.options.moves.includes('shift') || startedBefore(motion, today))
    return 'on the dates';
  // Its shifts out of it were left out for person pressure: said among the reasons.
  if (state.pressureBanned.has(motion.id)) return 'on the dates';
  const window = allowedWindow(motion, state.input.settings.fiscalYearStartMonth, today);
  const bs = toDayNumber(blackout.start);
  const be = toDayNumber(blackout.end);
  const s = toDayNumber(motion.start);
  const e = toDayNumber(motion.end);
  const escapes = candidateShifts(motion, window).some((d) => s + d > be || e + d < bs);
  return escapes
    ? 'on the dates (a shift out of it would create other blocks)'
    : 'for the whole allowed window';
}

function refusalText(
  state: PlannerState,
  motionId: string,
  why: ExclusionRefusal,
  name: string,
): string {
  if (why === 'not-allowed') return `the "exclude" move is not allowed`;
  if (why === 'never-exclude') return `${name} must never lose them`;
  const motion = state.input.motions.find((m) => m.id === motionId);
  const share = motion ? minimumShareOf(motion, state.options) : state.options.minimumAudience;
  return `${name} must keep ${Math.round(share * 100)}% of its audience`;
}
