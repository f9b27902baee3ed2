/**
 * Every movable motion's block and warn conflicts at every start its window allows, and the
 * starts that fit exactly against an edge of what it has blocks with — built once from the
 * overlap model, then kept current as motions move. A move changes one partner's share of
 * each other motion's table (a range subtracted where they overlapped, one added where they
 * now overlap), so re-scoring after a shift costs O(partners × window days) instead of
 * rebuilding every partner's table from all of its own partners (which at 1,000 motions was
 * most of the planner's time).
 */
import type { DayRange } from './allowedWindow';
import type { OverlapModel } from './overlapModel';

export class ShiftScores {
  /** Per motion, its earliest allowed start (a day number). */
  readonly first: Int32Array;
  /** Per motion, how many starts its window allows (0: it does not move). */
  readonly size: Int32Array;
  /** Per motion, conflicts by start − first: [blocks, warns]. */
  private readonly blocks: (Float64Array | null)[];
  private readonly warns: (Float64Array | null)[];
  /**
   * Per motion, by start − first: how many of its block partners it would just clear when
   * starting there (the day after one ends, or ending the day before one starts).
   */
  private readonly edges: (Int32Array | null)[];

  constructor(
    private readonly model: OverlapModel,
    windows: readonly (DayRange | null)[],
    /** Called once per motion (a long run reports from it). */
    onProgress?: () => void,
  ) {
    const n = windows.length;
    this.first = new Int32Array(n);
    this.size = new Int32Array(n);
    this.blocks = new Array<Float64Array | null>(n).fill(null);
    this.warns = new Array<Float64Array | null>(n).fill(null);
    this.edges = new Array<Int32Array | null>(n).fill(null);
    for (let m = 0; m < n; m++) {
      onProgress?.();
      const window = windows[m];
      if (!window) continue;
      const last = window.last - this.lengthOf(m);
      if (window.first > last) continue;
      this.first[m] = window.first;
      this.size[m] = last - window.first + 1;
      const { blocks, warns } = model.conflictsByStart(m, window.first, last);
      this.blocks[m] = blocks;
      this.warns[m] = warns;
      const edges = new Int32Array(this.size[m]!);
      this.edges[m] = edges;
      for (const p of model.partners[m]!) {
        if (p.block === 0) continue;
        const [os, oe] = model.rangeOf(p.other);
        this.markEdges(m, os, oe, 1);
      }
    }
  }

  private lengthOf(m: number): number {
    return this.model.end[m]! - this.model.start[m]!;
  }

  blocksAt(m: number, k: number): number {
    return this.blocks[m]![k]!;
  }

  warnsAt(m: number, k: number): number {
    return this.warns[m]![k]!;
  }

  /** True when starting motion `m` at first + k just clears an edge of a block partner. */
  fitsEdge(m: number, k: number): boolean {
    return this.edges[m]![k]! > 0;
  }

  private markEdges(m: number, os: number, oe: number, sign: 1 | -1): void {
    const edges = this.edges[m]!;
    const after = oe + 1 - this.first[m]!;
    const before = os - 1 - this.lengthOf(m) - this.first[m]!;
    if (after >= 0 && after < edges.length) edges[after]! += sign;
    if (before >= 0 && before < edges.length) edges[before]! += sign;
  }

  /** Adds (sign 1) or takes out (−1) a partner on [os, oe] from motion `m`'s table. */
  private addRange(m: number, os: number, oe: number, block: number, warn: number, sign: number) {
    const first = this.first[m]!;
    // Overlap while start ≤ oe and start + length ≥ os.
    const from = Math.max(0, os - this.lengthOf(m) - first);
    const to = Math.min(this.size[m]! - 1, oe - first);
    const blocks = this.blocks[m]!;
    const warns = this.warns[m]!;
    const b = sign * block;
    const w = sign * warn;
    for (let k = from; k <= to; k++) {
      blocks[k]! += b;
      warns[k]! += w;
    }
  }

  /**
   * Motion `x` moved from [s0, e0] to where the model has it now: every movable partner's
   * table follows. Calls `changed` once for each motion whose table changed.
   */
  moved(x: number, s0: number, e0: number, changed: (m: number) => void): void {
    const s1 = this.model.start[x]!;
    const e1 = this.model.end[x]!;
    for (const p of this.model.partners[x]!) {
      const o = p.other;
      if (o < 0 || this.size[o] === 0) continue;
      const first = this.first[o]!;
      const last = first + this.size[o]! - 1 + this.lengthOf(o);
      const reached = (s: number, e: number) => s <= last && e >= first;
      let touched = false;
      if (reached(s0, e0)) {
        this.addRange(o, s0, e0, p.block, p.warn, -1);
        touched = true;
      }
      if (reached(s1, e1)) {
        this.addRange(o, s1, e1, p.block, p.warn, 1);
        touched = true;
      }
      if (p.block > 0) {
        this.markEdges(o, s0, e0, -1);
        this.markEdges(o, s1, e1, 1);
        // An edge just outside the window's reach still moves a mark inside it.
        touched ||= reached(s0 - 1, e0 + 1) || reached(s1 - 1, e1 + 1);
      }
      if (touched) changed(o);
    }
  }
}
