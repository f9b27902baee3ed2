/**
 * The counts a detection run holds — per group the accounts per tier, per account its
 * conflict count and over-cap weeks — and how one account's swept records add to them or come
 * out. The full detection (the constructor) sweeps one account per class of identical accounts;
 * ConflictIndex (conflictIndex.ts) keeps the counts current as the plan changes.
 */
import { CompiledPlan } from './compiledPlan';
import { GroupCounts } from './groupCounts';
import { findTwins, refineTwins } from './twins';
import { REC_PAIR, REC_PERSON, REC_PRESSURE, RecordBuffer } from './records';
import { sweepPersonPressure, sweepPersonPressureByClass } from './personPressure';
import { pairRuleCount } from './pairRules';
import { PairTally } from './pairTally';
import { SweepScratch, sweepAccount, sweepMotionOnAccount, sweepPressure } from './sweepAccount';
import type { ConflictPlan } from './types';

export type ProgressListener = (done: number, total: number) => void;

/**
 * Sees every batch of records an incremental update sweeps out (−1) or back in (+1), per
 * account, while the update runs: what a resolution preview diffs (see preview.ts).
 */
export type SweepRecorder = (
  account: number,
  sign: 1 | -1,
  records: Int32Array,
  length: number,
) => void;

export class IndexCounts {
  readonly plan: CompiledPlan;
  readonly groups: GroupCounts;
  /** Conflicts per account (a pair breaking two rules counts twice). */
  accountCounts: Int32Array;
  /** Weeks (week index) in which the account's touches exceed the cap. */
  pressureWeeks: (Int32Array | null)[];
  /** Weeks (week index) in which a person at the account gets more touches than the person cap. */
  personWeeks: (Int32Array | null)[];
  /** How many classes of identical accounts the full detection swept (≤ accounts). */
  readonly sweptClasses: number;
  /**
   * Per account, its class of accounts with identical sweep inputs (the class's first
   * account), or -1 once an update has changed its inputs apart from its class's: a preview
   * works out one account per class (see previewTally.ts).
   */
  readonly twinClass: Int32Array;
  /**
   * Per account, its class without person pressure (the sweep's classes): reused by
   * shiftedIndex() for a plan whose motions only moved dates, which moves no account apart.
   */
  readonly coarseTwins: Int32Array;
  protected readonly motionIndex = new Map<string, number>();
  protected readonly buffer = new RecordBuffer();
  protected readonly scratch = new SweepScratch();
  /** Set only while a preview runs; the full detection never calls it. */
  recorder: SweepRecorder | null = null;

  /**
   * `input` may be a plan already compiled, with `coarse` its coarseTwins (see shiftedIndex.ts):
   * the detection then only counts.
   */
  constructor(
    input: ConflictPlan | CompiledPlan,
    onProgress?: ProgressListener,
    coarse?: Int32Array,
  ) {
    const total = input.accounts.length;
    this.plan =
      input instanceof CompiledPlan
        ? input
        : new CompiledPlan(input, onProgress && (() => onProgress(0, total)));
    const n = this.plan.accounts.length;
    onProgress?.(0, n);
    this.groups = new GroupCounts(this.plan.motionCount);
    this.accountCounts = new Int32Array(n);
    this.pressureWeeks = new Array<Int32Array | null>(n).fill(null);
    this.personWeeks = new Array<Int32Array | null>(n).fill(null);
    this.plan.motions.forEach((m, i) => {
      if (m) this.motionIndex.set(m.id, i);
    });
    this.scratch.fit(this.plan.minWeek, this.plan.maxWeek);
    // One sweep per class of identical accounts, counted once for each member; person
    // pressure, which differs with each account's people, is worked out per account after,
    // each of its profiles swept once per class.
    const hasPeople = this.plan.people.profileCount > 0;
    const twins = coarse ?? findTwins(this.plan, false, onProgress && (() => onProgress(0, n)));
    this.coarseTwins = twins;
    // A copy without people: updates mark the accounts they change in twinClass only.
    this.twinClass = hasPeople ? refineTwins(this.plan, twins) : Int32Array.from(twins);
    const weight = new Int32Array(n);
    for (let i = 0; i < n; i++) weight[twins[i]!]!++;
    this.sweptClasses = weight.reduce((k, w) => (w > 0 ? k + 1 : k), 0);
    const step = 4096;
    const pairs = PairTally.of(this.plan, this.groups);
    for (let i = 0; i < n; i++) {
      const twin = twins[i]!;
      if (twin === i) {
        this.buffer.clear();
        pairs?.begin(this.plan.aTier[i]!, weight[i]!);
        sweepAccount(this.plan, i, this.buffer, this.scratch, false, pairs);
        this.apply(i, 1, weight[i]!);
        if (pairs) this.accountCounts[i]! += pairs.found;
      } else {
        this.accountCounts[i] = this.accountCounts[twin]!;
        this.pressureWeeks[i] = this.pressureWeeks[twin] ?? null;
        this.personWeeks[i] = this.personWeeks[twin] ?? null;
      }
      if (onProgress && (i + 1) % step === 0) onProgress(i + 1, n);
    }
    pairs?.finish();
    if (hasPeople) {
      sweepPersonPressureByClass(this.plan, twins, this.buffer, this.scratch, (i) =>
        this.apply(i, 1),
      );
    }
    onProgress?.(n, n);
  }

  motionPosition(id: string): number | undefined {
    return this.motionIndex.get(id);
  }

  accountPosition(id: string): number | undefined {
    return this.plan.accountIndex.get(id);
  }

  /** Runs the sweep on account `i` and adds (sign 1) or removes (sign −1) what it finds. */
  protected sweep(i: number, sign: 1 | -1): void {
    const buf = this.buffer;
    buf.clear();
    sweepAccount(this.plan, i, buf, this.scratch);
    this.apply(i, sign);
  }

  /** Account `i`'s records as the plan stands (a copy). */
  recordsOf(i: number): Int32Array {
    const buf = this.buffer;
    buf.clear();
    sweepAccount(this.plan, i, buf, this.scratch);
    return buf.data.slice(0, buf.length);
  }

  /** Adds or removes the records in the buffer for account `i` (and `weight` − 1 twins). */
  protected apply(i: number, sign: 1 | -1, weight = 1): void {
    this.applyRecords(i, sign, this.buffer.data, this.buffer.length, weight);
  }

  protected applyRecords(i: number, sign: 1 | -1, d: Int32Array, length: number, weight = 1): void {
    this.recorder?.(i, sign, d, length);
    const tier = this.plan.aTier[i]!;
    let count = 0;
    let weeks = 0;
    let personWeeks = 0;
    const groups = this.groups;
    const plan = this.plan;
    for (let r = 0; r < length; r += 3) {
      const kind = d[r]!;
      const a = d[r + 1]!;
      const b = d[r + 2]!;
      if (kind === REC_PAIR) {
        groups.addPair(a, b, tier, sign * weight);
        count += pairRuleCount(plan, a, b);
        continue;
      }
      groups.add(kind, a, b, tier, sign * weight);
      count++;
      if (kind === REC_PRESSURE) weeks++;
      else if (kind === REC_PERSON) personWeeks++;
    }
    this.accountCounts[i]! += sign * count;
    if (sign < 0) return;
    if (weeks > 0) this.pressureWeeks[i] = weeksOf(d, length, REC_PRESSURE, weeks);
    if (personWeeks > 0) this.personWeeks[i] = weeksOf(d, length, REC_PERSON, personWeeks);
  }

  /** Re-sweeps account `i` for motion `m` and pressure only: before (−1) or after (+1) a change. */
  protected sweepForMotion(i: number, m: number, sign: 1 | -1): void {
    const buf = this.buffer;
    buf.clear();
    sweepMotionOnAccount(this.plan, i, m, buf);
    if (sign > 0) {
      sweepPressure(this.plan, i, buf, this.scratch);
      sweepPersonPressure(this.plan, i, buf, this.scratch);
    } else {
      const weeks = this.pressureWeeks[i];
      if (weeks) for (const w of weeks) buf.push(REC_PRESSURE, w, 0);
      this.pressureWeeks[i] = null;
      const personWeeks = this.personWeeks[i];
      if (personWeeks) for (const w of personWeeks) buf.push(REC_PERSON, w, 0);
      this.personWeeks[i] = null;
    }
    this.apply(i, sign);
  }
}

/** The weeks of the buffer's records of one pressure kind, in order. */
function weeksOf(d: Int32Array, length: number, kind: number, count: number): Int32Array {
  const list = new Int32Array(count);
  for (let r = 0, k = 0; r < length; r += 3) if (d[r] === kind) list[k++] = d[r + 1]!;
  return list;
}
