/**
 * The full detection's hot path: every overlapping motion pair on a swept account. Writing a
 * record per pair, reading it back and adding it to the pair's group (tens of millions of
 * times on a dense plan, each a cache miss in a table of every pair) was most of a detection.
 * Here the walk (walk()) keeps the running motions apart by what the pair rules read (direct
 * or not, side, channel, theme) and walks only the kinds that break a rule with the motion
 * met: on a plan of many channels most pairs break none. The rule table, built once per run,
 * and the per-tier tallies are indexed by the motion the walk holds fixed, whose row stays in
 * cache; finish() folds the tallies into the groups once. A pair's group slot is made the
 * first time the pair is met. Incremental updates and previews keep the records (they diff
 * them), so only the constructor of IndexCounts uses this.
 */
import type { CompiledPlan, MotionDays } from './compiledPlan';
import { TIER_SLOTS, type GroupCounts } from './groupCounts';
import { pairRuleCount } from './pairRules';
import { pairHasRule } from './sweepAccount';

/** Past this many motions the square tables cost more memory than they save time. */
const TABLE_LIMIT = 2048;
/** Set in a rule cell once the pair has a group slot. */
const MET = 0x80;

export class PairTally {
  /** Conflicts met since begin() (a pair breaking two rules counts twice). */
  found = 0;
  private weight = 1;
  private tally: Int32Array;
  /** tallies[tier][y * size + x]: accounts of the tier on which y met x (either way round). */
  private readonly tallies: (Int32Array | undefined)[] = [];

  /** Per kind of motion, the motions of that kind still running on the account. */
  private readonly running: Int32Array[];
  private readonly runningCount: Int32Array;

  private constructor(
    private readonly groups: GroupCounts,
    /** rules[y * size + x]: pair rules broken by motions x and y (symmetric), | MET. */
    private readonly rules: Uint8Array,
    private readonly size: number,
    /** Per motion its kind, or -1 for one that breaks no pair rule with any motion. */
    private readonly kindOf: Int32Array,
    /** Per kind, the kinds its motions break a pair rule with. */
    private readonly walks: Int32Array[],
  ) {
    this.tally = this.tallyOf(0);
    this.running = walks.map(() => new Int32Array(16));
    this.runningCount = new Int32Array(walks.length);
  }

  /** A tally for the plan, or null when it has too many motions for the tables. */
  static of(plan: CompiledPlan, groups: GroupCounts): PairTally | null {
    const size = plan.motionCount;
    if (size > TABLE_LIMIT) return null;
    const rules = new Uint8Array(size * size);
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < y; x++) {
        const n = pairRuleCount(plan, x, y);
        rules[y * size + x] = n;
        rules[x * size + y] = n;
      }
    }
    const { kindOf, walks } = motionKinds(plan);
    return new PairTally(groups, rules, size, kindOf, walks);
  }

  /**
   * Meets every overlapping pair of the account's motions (`list`, in start order on the
   * account's `days`) that breaks a pair rule: sweepAccount's walk, by kind.
   */
  walk(list: Int32Array, days: MotionDays): void {
    const { start, end } = days;
    const counts = this.runningCount;
    counts.fill(0);
    // Each pair met is tallied right in the loop (tens of millions of times on a dense plan).
    const { rules, tally, weight, size } = this;
    let found = 0;
    for (let k = 0; k < list.length; k++) {
      const m = list[k]!;
      const kind = this.kindOf[m]!;
      if (kind < 0) continue;
      const ms = start[m]!;
      const row = m * size;
      const walk = this.walks[kind]!;
      for (let w = 0; w < walk.length; w++) {
        const other = walk[w]!;
        const running = this.running[other]!;
        let kept = 0;
        for (let j = 0, count = counts[other]!; j < count; j++) {
          const x = running[j]!;
          if (end[x]! < ms) continue;
          running[kept++] = x;
          const cell = rules[row + x]!;
          if (cell === 0) continue;
          found += cell & ~MET;
          tally[row + x]! += weight;
          if ((cell & MET) === 0) this.firstMeet(x, m);
        }
        counts[other] = kept;
      }
      this.join(kind, m, ms, end);
    }
    this.found += found;
  }

  /** Adds m to its kind's running motions (dropping the finished ones when it is full). */
  private join(kind: number, m: number, ms: number, end: Int32Array): void {
    let running = this.running[kind]!;
    let count = this.runningCount[kind]!;
    if (count === running.length) {
      let kept = 0;
      for (let j = 0; j < count; j++) if (end[running[j]!]! >= ms) running[kept++] = running[j]!;
      count = kept;
      if (count === running.length) {
        const next = new Int32Array(running.length * 2);
        next.set(running);
        this.running[kind] = running = next;
      }
    }
    running[count] = m;
    this.runningCount[kind] = count + 1;
  }

  /** Starts an account (or a class of identical accounts counted `weight` times). */
  begin(tier: number, weight: number): void {
    this.tally = this.tallyOf(tier);
    this.weight = weight;
    this.found = 0;
  }

  /** Motions x and y met for the first time: their pair gets its group slot now. */
  private firstMeet(x: number, y: number): void {
    this.rules[y * this.size + x]! |= MET;
    this.rules[x * this.size + y]! |= MET;
    if (x < y) this.groups.addPair(x, y, 0, 0);
    else this.groups.addPair(y, x, 0, 0);
  }

  /** Adds every tally to its pair's group. */
  finish(): void {
    const size = this.size;
    for (let t = 0; t < TIER_SLOTS; t++) {
      const tally = this.tallies[t];
      if (!tally) continue;
      for (let a = 0; a < size; a++) {
        for (let b = a + 1; b < size; b++) {
          const n = tally[a * size + b]! + tally[b * size + a]!;
          if (n !== 0) this.groups.addPair(a, b, t, n);
        }
      }
    }
    this.tallies.length = 0;
  }

  private tallyOf(tier: number): Int32Array {
    let tally = this.tallies[tier];
    if (!tally) this.tallies[tier] = tally = new Int32Array(this.size * this.size);
    return tally;
  }
}

/**
 * Motions grouped by everything the pair rules read (pairHasRule): a motion's kind, and per
 * kind the kinds whose motions break a rule with it (one motion of each stands for its kind).
 */
function motionKinds(plan: CompiledPlan): { kindOf: Int32Array; walks: Int32Array[] } {
  const kindOf = new Int32Array(plan.motionCount).fill(-1);
  const byKey = new Map<string, number>();
  const sample: number[] = [];
  for (let m = 0; m < plan.motionCount; m++) {
    const direct = plan.mDirect[m]!;
    const theme = plan.mTheme[m]!;
    if (!direct && theme === 0) continue;
    const key = direct ? `d${plan.mSide[m]}.${plan.mChannel[m]}.${theme}` : `n${theme}`;
    let kind = byKey.get(key);
    if (kind === undefined) byKey.set(key, (kind = sample.push(m) - 1));
    kindOf[m] = kind;
  }
  const walks = sample.map((x) => {
    const with_: number[] = [];
    sample.forEach((y, kind) => {
      if (pairHasRule(plan, x, y)) with_.push(kind);
    });
    return Int32Array.from(with_);
  });
  return { kindOf, walks };
}
