/**
 * Person pressure in a preview: for one representative account, the changed weeks in which
 * one of its people goes over the person cap (created) or back under it (cleared). Per
 * profile of its people, the touches of the unchanged motions near the change that reach the
 * profile, plus each changed motion's touches before and after when it reached the profile
 * then and holds the account then — the same sums as personPressure.ts, in the changed weeks.
 */
import type { CompiledPlan } from './compiledPlan';
import { touchDays, type PreviewScope } from './previewScope';

export class PersonTally {
  readonly created: Int32Array;
  readonly cleared: Int32Array;
  private readonly base: Float64Array;
  private readonly overBefore: Uint8Array;
  private readonly overAfter: Uint8Array;

  constructor(slots: number) {
    this.created = new Int32Array(slots);
    this.cleared = new Int32Array(slots);
    this.base = new Float64Array(slots);
    this.overBefore = new Uint8Array(slots);
    this.overAfter = new Uint8Array(slots);
  }

  /**
   * Counts account `i` for `weight` accounts. `window` holds its unchanged motions that run in
   * the changed weeks; `trans` per changed motion: held before (2) and after (1).
   */
  count(
    p: CompiledPlan,
    scope: PreviewScope,
    i: number,
    window: Int32Array,
    inWindow: number,
    trans: Uint8Array,
    weight: number,
  ): void {
    const profiles = p.people.aProfiles[i];
    if (!profiles) return;
    const n = p.people.profileCount;
    const reach = p.people.reach;
    const { weekSlot, firstWeek, lastWeek } = scope;
    const slots = scope.slotWeek.length;
    const cap7 = p.personCap7 + 1e-9;
    const { base, overBefore, overAfter } = this;
    overBefore.fill(0);
    overAfter.fill(0);
    for (let q = 0; q < profiles.length; q++) {
      const k = profiles[q]!;
      base.fill(0);
      for (let j = 0; j < inWindow; j++) {
        const x = window[j]!;
        if (reach[x * n + k] === 0) continue;
        const w0 = Math.max(firstWeek, Math.floor((p.mStart[x]! + 3) / 7));
        const w1 = Math.min(lastWeek, Math.floor((p.mEnd[x]! + 3) / 7));
        for (let w = w0; w <= w1; w++) {
          const slot = weekSlot[w - firstWeek]!;
          if (slot >= 0) base[slot]! += touchDays(p, x, w);
        }
      }
      for (let s = 0; s < slots; s++) {
        let sb = base[s]!;
        let sa = sb;
        for (let c = 0; c < trans.length && c < scope.changed.length; c++) {
          const t = trans[c]!;
          if (t & 2 && scope.reachBefore[c]![k]) sb += scope.touchesBefore[c]![s]!;
          if (t & 1 && scope.reachAfter[c]![k]) sa += scope.touchesAfter[c]![s]!;
        }
        if (sb > cap7) overBefore[s] = 1;
        if (sa > cap7) overAfter[s] = 1;
      }
    }
    for (let s = 0; s < slots; s++) {
      if (overBefore[s] === overAfter[s]) continue;
      (overBefore[s] ? this.cleared : this.created)[s]! += weight;
    }
  }
}
