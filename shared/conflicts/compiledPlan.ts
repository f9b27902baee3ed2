/**
 * The plan turned into flat typed arrays the sweep can read fast: one slot per motion and per
 * account, day numbers instead of strings, and per account the list of its motions sorted by
 * start day. Built once in O(P + M log M); updated in place when one motion or account changes.
 */
import { CHANNELS, sideOfTeam } from '../domain/types';
import { invertAudiences } from './invertAudiences';
import type { Blackout, Channel } from '../domain/types';
import { toDayNumber, weekIndexOfDay } from '../dates/calendarDate';
import { segmentKey } from '../motions/audience';
import { clampedRange } from '../motions/accountDates';
import { DEFAULT_PERSON_CAP, PeoplePlan } from './peoplePlan';
import type { AudienceMembers, ConflictAccount, ConflictMotion, ConflictPlan } from './types';

const SIDE_CODE = { marketing: 0, sales: 1 } as const;

/** An account's primary team as the sweep reads it: -1 undecided, 0 marketing, 1 sales. */
export function primaryCodeOf(team: ConflictAccount['primaryTeam']): number {
  return team === null ? -1 : SIDE_CODE[team];
}

/** One motion's slot as it was, so a change tried on the plan can be taken back exactly. */
export interface SavedMotion {
  motion: ConflictMotion | null;
  /** The motion's typed-array values, then a code of its person-reach row. */
  values: number[];
  own: OwnRanges | null;
  reach: Uint8Array;
  minWeek: number;
  maxWeek: number;
}

/** Grows a typed array to at least `size` slots, keeping its values. */
function grow<T extends Int32Array | Uint8Array | Float64Array>(arr: T, size: number): T {
  if (arr.length >= size) return arr;
  const next = new (arr.constructor as new (n: number) => T)(Math.max(size, arr.length * 2, 8));
  next.set(arr);
  return next;
}

/** Per account position, its own [first, last] day of one motion (first > last: no day). */
type OwnRanges = Map<number, readonly [number, number]>;

/** Every motion's first and last day as one account sees them (see CompiledPlan.datesOn). */
export interface MotionDays {
  start: Int32Array;
  end: Int32Array;
}

export class CompiledPlan {
  accounts: ConflictAccount[];
  motions: (ConflictMotion | null)[];
  audiences: AudienceMembers[];
  blackouts: readonly Blackout[];
  readonly cap7: number;
  /** Person pressure's cap × 7 (touches are summed as touches × days). */
  readonly personCap7: number;
  /** Who each motion reaches at each account (person pressure). */
  readonly people: PeoplePlan;
  readonly severities: ConflictPlan['settings']['severities'];
  private readonly directChannels: Set<Channel>;
  private readonly emailChannels: Set<Channel>;
  private readonly themeCodes = new Map<string, number>();
  private readonly blackoutsByAccount = new Map<number, number[]>();
  private readonly blackoutsBySegment = new Map<string, number[]>();
  /**
   * Per motion, the accounts whose days are narrower than the motion's (Motion.accountDates,
   * read by motions/accountDates.ts), and per such account the motions that narrow them: the
   * one place the engine learns an account's own days. Almost every plan has none.
   */
  private ownRanges: (OwnRanges | null)[] = [];
  /** Motions whose own-days map no saved snapshot holds, so setOwnRange may change it in
   * place: copying it for every narrowed account made the planner's narrowings quadratic. */
  private readonly unsharedOwn = new Set<number>();
  private readonly ownByAccount = new Map<number, Set<number>>();
  private readonly planDays: MotionDays = { start: new Int32Array(0), end: new Int32Array(0) };
  private readonly accountDays: MotionDays = { start: new Int32Array(0), end: new Int32Array(0) };

  // Per motion. A motion is live when it is not Aborted and its dates are valid.
  mLive = new Uint8Array(0);
  mStart = new Int32Array(0);
  mEnd = new Int32Array(0);
  mSide = new Uint8Array(0);
  mDirect = new Uint8Array(0);
  mEmail = new Uint8Array(0);
  mChannel = new Uint8Array(0);
  mTheme = new Int32Array(0);
  mTouches = new Float64Array(0);

  // Per account.
  aTarget: Uint8Array;
  aTier: Uint8Array;
  /** -1 undecided, 0 marketing, 1 sales. */
  aPrimary: Int8Array;
  /** Blackouts that cover the account through its id or a segment (not the global ones). */
  aBlackouts: (Int32Array | null)[];
  /** The account's live motions, sorted by (start day, motion position). */
  lists: Int32Array[];

  bStart: Int32Array;
  bEnd: Int32Array;
  globalBlackouts: Int32Array;
  /** Week range all live motions fall in (for the pressure scratch arrays). */
  minWeek = 1 << 30;
  maxWeek = -(1 << 30);
  readonly accountIndex = new Map<string, number>();

  /** `onProgress` is called every 4,096 accounts and every motion (a long run reports from it). */
  constructor(plan: ConflictPlan, onProgress?: () => void) {
    this.accounts = [...plan.accounts];
    this.motions = [...plan.motions];
    this.audiences = [...plan.audiences];
    this.blackouts = plan.blackouts;
    const s = plan.settings;
    this.cap7 = s.weeklyTouchCap * 7;
    this.personCap7 = (s.personTouchCap ?? DEFAULT_PERSON_CAP) * 7;
    // Settings written before person pressure existed read it at its default severity.
    const person = (s.severities as Partial<typeof s.severities>)['person-pressure'] ?? 'warn';
    this.severities = { ...s.severities, 'person-pressure': person };
    this.directChannels = new Set(s.directChannels);
    this.emailChannels = new Set(s.emailChannels);
    const n = this.accounts.length;
    this.aTarget = new Uint8Array(n);
    this.aTier = new Uint8Array(n);
    this.aPrimary = new Int8Array(n);
    this.accounts.forEach((a, i) => {
      if (onProgress && (i & 4095) === 0) onProgress();
      this.accountIndex.set(a.id, i);
      this.setAccountFields(i, a);
    });
    this.people = new PeoplePlan(plan.people ?? [], n);
    this.motions.forEach((m, i) => this.setMotionFields(i, m));

    this.bStart = new Int32Array(plan.blackouts.length);
    this.bEnd = new Int32Array(plan.blackouts.length);
    const global: number[] = [];
    const perAccount = this.blackoutsByAccount;
    const bySegment = this.blackoutsBySegment;
    plan.blackouts.forEach((b, i) => {
      this.bStart[i] = toDayNumber(b.start);
      this.bEnd[i] = toDayNumber(b.end);
      if (b.scope.kind === 'everyone') global.push(i);
      else if (b.scope.kind === 'account') {
        const at = this.accountIndex.get(b.scope.accountId);
        if (at !== undefined) perAccount.set(at, [...(perAccount.get(at) ?? []), i]);
      } else {
        const key = segmentKey(b.scope.segment);
        bySegment.set(key, [...(bySegment.get(key) ?? []), i]);
      }
    });
    this.globalBlackouts = Int32Array.from(global);
    this.aBlackouts = new Array<Int32Array | null>(n).fill(null);
    if (perAccount.size > 0 || bySegment.size > 0) {
      for (let i = 0; i < n; i++) {
        if (onProgress && (i & 4095) === 0) onProgress();
        this.refreshAccountBlackouts(i);
      }
    }
    this.lists = this.buildLists(onProgress);
  }

  /** Recomputes which account and segment blackouts cover account `i` (after its tags change). */
  refreshAccountBlackouts(i: number): void {
    this.aBlackouts[i] = this.blackoutsFor(i, this.accounts[i]?.tags ?? []);
  }

  /** The account and segment blackouts that would cover account `i` with these tags. */
  blackoutsFor(i: number, tags: readonly string[]): Int32Array | null {
    let own: number[] | null = null;
    const mine = this.blackoutsByAccount.get(i);
    if (mine) own = [...mine];
    if (this.blackoutsBySegment.size > 0) {
      for (const tag of tags) {
        const list = this.blackoutsBySegment.get(segmentKey(tag));
        if (list) own = [...(own ?? []), ...list];
      }
    }
    return own ? Int32Array.from(new Set(own)) : null;
  }

  get motionCount(): number {
    return this.motions.length;
  }

  setAccountFields(i: number, a: ConflictAccount): void {
    this.accounts[i] = a;
    this.aTarget[i] = a.status === 'target' ? 1 : 0;
    this.aTier[i] = a.tier ?? 0;
    this.aPrimary[i] = primaryCodeOf(a.primaryTeam);
  }

  private motionArrays() {
    return [
      this.mLive,
      this.mStart,
      this.mEnd,
      this.mSide,
      this.mDirect,
      this.mEmail,
      this.mChannel,
      this.mTheme,
      this.mTouches,
    ];
  }

  saveMotion(i: number): SavedMotion {
    return {
      motion: this.motions[i] ?? null,
      values: [...this.motionArrays().map((arr) => arr[i] ?? 0), this.people.rowCode(i)],
      own: (this.unsharedOwn.delete(i), this.ownRanges[i] ?? null),
      reach: this.people.saveRow(i),
      minWeek: this.minWeek,
      maxWeek: this.maxWeek,
    };
  }

  restoreMotion(i: number, saved: SavedMotion): void {
    this.motions[i] = saved.motion;
    this.motionArrays().forEach((arr, k) => (arr[i] = saved.values[k]!));
    this.setOwnRanges(i, saved.own);
    this.people.restoreRow(i, saved.reach);
    if (this.mLive[i] && this.mDirect[i] && this.mTouches[i]! > 0)
      this.people.setWeeks(i, this.mStart[i]!, this.mEnd[i]!, this.mTouches[i]!);
    this.minWeek = saved.minWeek;
    this.maxWeek = saved.maxWeek;
  }

  setMotionFields(i: number, m: ConflictMotion | null): void {
    const size = i + 1;
    this.mLive = grow(this.mLive, size);
    this.mStart = grow(this.mStart, size);
    this.mEnd = grow(this.mEnd, size);
    this.mSide = grow(this.mSide, size);
    this.mDirect = grow(this.mDirect, size);
    this.mEmail = grow(this.mEmail, size);
    this.mChannel = grow(this.mChannel, size);
    this.mTheme = grow(this.mTheme, size);
    this.mTouches = grow(this.mTouches, size);
    this.motions[i] = m;
    const start = m ? safeDay(m.start) : null;
    const end = m ? safeDay(m.end) : null;
    const live = !!m && m.status !== 'Aborted' && start !== null && end !== null && start <= end;
    this.mLive[i] = live ? 1 : 0;
    this.setOwnRanges(i, live && m ? this.ownRangesOf(m) : null);
    if (!live || !m) {
      this.people.setMotion(i, m, false);
      return;
    }
    this.mStart[i] = start as number;
    this.mEnd[i] = end as number;
    this.mSide[i] = SIDE_CODE[sideOfTeam(m.team)];
    this.mDirect[i] = this.directChannels.has(m.channel) ? 1 : 0;
    this.mEmail[i] = this.emailChannels.has(m.channel) ? 1 : 0;
    this.mChannel[i] = CHANNELS.indexOf(m.channel);
    this.mTheme[i] = this.themeCode(m.theme);
    this.mTouches[i] = m.touchesPerWeek > 0 ? m.touchesPerWeek : 0;
    this.people.setMotion(
      i,
      m,
      this.mDirect[i] === 1 && this.mTouches[i]! > 0,
      start as number,
      end as number,
      this.mTouches[i]!,
    );
    this.minWeek = Math.min(this.minWeek, weekIndexOfDay(start as number));
    this.maxWeek = Math.max(this.maxWeek, weekIndexOfDay(end as number));
  }

  /** The accounts motion `m` gives days of their own, as day numbers (null: none). */
  private ownRangesOf(m: ConflictMotion): OwnRanges | null {
    if (!m.accountDates) return null;
    let out: OwnRanges | null = null;
    for (const [id, own] of Object.entries(m.accountDates)) {
      const i = this.accountIndex.get(id);
      if (i === undefined) continue;
      const range = clampedRange(m, own);
      const first = range ? safeDay(range.start) : 1;
      const last = range ? safeDay(range.end) : 0;
      if (first === null || last === null) continue;
      if (range && range.start === m.start && range.end === m.end) continue;
      (out ??= new Map()).set(i, [first, last]);
    }
    return out;
  }

  private setOwnRanges(m: number, own: OwnRanges | null): void {
    this.unsharedOwn.delete(m);
    for (const i of this.ownRanges[m]?.keys() ?? []) {
      const motions = this.ownByAccount.get(i);
      motions?.delete(m);
      if (motions?.size === 0) this.ownByAccount.delete(i);
    }
    this.ownRanges[m] = own;
    for (const i of own?.keys() ?? []) {
      let motions = this.ownByAccount.get(i);
      if (!motions) this.ownByAccount.set(i, (motions = new Set()));
      motions.add(m);
    }
  }

  /** Gives account `i` its own days `first`–`last` of motion `m` (the planner's narrowing). */
  setOwnRange(i: number, m: number, first: number, last: number): void {
    const whole = first <= this.mStart[m]! && last >= this.mEnd[m]!;
    const range: [number, number] = [
      Math.max(first, this.mStart[m]!),
      Math.min(last, this.mEnd[m]!),
    ];
    const current = this.ownRanges[m];
    if (current && this.unsharedOwn.has(m)) {
      if (whole) current.delete(i);
      else current.set(i, range);
      if (current.size === 0) return this.setOwnRanges(m, null);
      const motions = this.ownByAccount.get(i);
      if (whole) {
        motions?.delete(m);
        if (motions?.size === 0) this.ownByAccount.delete(i);
      } else if (motions) motions.add(m);
      else this.ownByAccount.set(i, new Set([m]));
      return;
    }
    const own = new Map(current ?? []);
    if (whole) own.delete(i);
    else own.set(i, range);
    this.setOwnRanges(m, own.size > 0 ? own : null);
    if (own.size > 0) this.unsharedOwn.add(m);
  }

  /** True when some motion gives some account days narrower than its own. */
  hasAnyOwnDays(): boolean {
    return this.ownByAccount.size > 0;
  }

  /** True when some motion gives account `i` days narrower than its own. */
  hasOwnDays(i: number): boolean {
    return this.ownByAccount.has(i);
  }

  /**
   * Every motion's first and last day as account `i` sees them: the plan's arrays, or for an
   * account with days of its own a copy with those days in (valid until the next call).
   */
  datesOn(i: number): MotionDays {
    const own = this.ownByAccount.get(i);
    if (!own) {
      this.planDays.start = this.mStart;
      this.planDays.end = this.mEnd;
      return this.planDays;
    }
    const days = this.accountDays;
    if (days.start.length !== this.mStart.length) {
      days.start = new Int32Array(this.mStart.length);
      days.end = new Int32Array(this.mEnd.length);
    }
    days.start.set(this.mStart);
    days.end.set(this.mEnd);
    for (const m of own) {
      const range = this.ownRanges[m]!.get(i)!;
      days.start[m] = range[0];
      days.end[m] = range[1];
    }
    return days;
  }

  /** True when motion `m` touches account `i` on at least one day (its own days not empty). */
  private runsOn(i: number, m: number): boolean {
    const range = this.ownRanges[m]?.get(i);
    return this.mLive[m] === 1 && (!range || range[0] <= range[1]);
  }

  private themeCode(theme: string): number {
    const key = theme.trim().toLowerCase();
    if (key === '') return 0;
    let code = this.themeCodes.get(key);
    if (code === undefined) {
      code = this.themeCodes.size + 1;
      this.themeCodes.set(key, code);
    }
    return code;
  }

  /** Motion positions ordered by start day, then position: every account list follows it. */
  startOrder(): Int32Array {
    const order: number[] = [];
    for (let m = 0; m < this.motions.length; m++) if (this.mLive[m]) order.push(m);
    order.sort((a, b) => this.mStart[a]! - this.mStart[b]! || a - b);
    return Int32Array.from(order);
  }

  /** Each account's motions in start order (see invertAudiences). */
  private buildLists(onProgress?: () => void): Int32Array[] {
    const lists = invertAudiences(
      this.accounts.length,
      this.startOrder(),
      this.audiences,
      onProgress,
    );
    // An account with days of its own: its list in the order of its own starts, without the
    // motions that leave it no day.
    for (const i of this.ownByAccount.keys()) {
      const start = this.datesOn(i).start;
      const kept = Array.from(lists[i]!)
        .filter((m) => this.runsOn(i, m))
        .sort((a, b) => start[a]! - start[b]! || a - b);
      lists[i]!.set(kept);
      lists[i] = lists[i]!.subarray(0, kept.length);
    }
    return lists;
  }

  /** Puts motion `m` into account `a`'s list (or takes it out), keeping the start order. */
  setMembership(a: number, m: number, member: boolean): void {
    const list = this.lists[a] ?? new Int32Array(0);
    const want = member && this.runsOn(a, m);
    const at = list.indexOf(m);
    if (at < 0 && !want) return;
    // Lists are views into one shared buffer: moving m within its own view allocates nothing.
    let next = list;
    let len = list.length;
    if (at >= 0) {
      next.copyWithin(at, at + 1);
      len--;
    }
    if (!want) {
      this.lists[a] = next.subarray(0, len);
      return;
    }
    if (at < 0) {
      next = new Int32Array(len + 1);
      next.set(list);
    }
    let k = len;
    const starts = this.datesOn(a).start;
    const start = starts[m]!;
    while (k > 0) {
      const x = next[k - 1]!;
      if (starts[x]! < start || (starts[x] === start && x < m)) break;
      next[k] = x;
      k--;
    }
    next[k] = m;
    this.lists[a] = next.subarray(0, len + 1);
  }
}

function safeDay(date: string): number | null {
  try {
    return toDayNumber(date);
  } catch {
    return null;
  }
}
