/**
 * The full detection's hot path: every overlapping motion pair on a swept account. Instead of
 * writing a record per pair and reading it back, then adding to the pair's group (tens of
 * millions of times on a dense plan, each a cache miss in a table of every pair), the sweep
 * hands each pair here. Both the rule table built once per run and the per-tier tallies are
 * indexed by the motion the sweep holds fixed (its row stays in cache while the sweep walks
 * the motions still running); finish() folds the tallies into the groups once. A pair's group
 * slot is still made the first time the pair is met, so slots come in the same order as
 * before. Incremental updates and previews keep the records (they diff them), so only the
 * constructor of IndexCounts uses this.
 */
import type { CompiledPlan } from './compiledPlan';
import { TIER_SLOTS, type GroupCounts } from './groupCounts';
import { pairRuleCount } from './pairRules';

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

  private constructor(
    private readonly groups: GroupCounts,
    /** rules[y * size + x]: pair rules broken by motions x and y (symmetric), | MET. */
    private readonly rules: Uint8Array,
    private readonly size: number,
  ) {
    this.tally = this.tallyOf(0);
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
    return new PairTally(groups, rules, size);
  }

  /** Starts an account (or a class of identical accounts counted `weight` times). */
  begin(tier: number, weight: number): void {
    this.tally = this.tallyOf(tier);
    this.weight = weight;
    this.found = 0;
  }

  /** Motions x and y overlap on the account; y is the one the sweep holds fixed. */
  meet(x: number, y: number): void {
    const at = y * this.size + x;
    const cell = this.rules[at]!;
    if (cell === 0) return;
    this.found += cell & ~MET;
    this.tally[at]! += this.weight;
    if (cell & MET) return;
    this.rules[at] = cell | MET;
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
