/**
 * One account's conflicts as the exclusion step needs them — rule, severity, motion positions,
 * blackout, whether its group's acceptance holds — read straight from the engine's compact
 * records (the sweep of that account) into a HitList (hitList.ts). Unlike accountConflicts()
 * it builds no ids, windows or explanations, which at 100,000 accounts is most of the cost of
 * the step; and no object per conflict, which was most of what was left.
 */
import type { ConflictGroup, ConflictIndex } from '../conflicts';
import { severityOf } from '../conflicts/pairRules';
import type { CompiledPlan } from '../conflicts/compiledPlan';
import {
  RecordBuffer,
  REC_BLACKOUT,
  REC_OFFLIST,
  REC_OWNER,
  REC_PAIR,
  REC_PERSON,
  REC_PRESSURE,
} from '../conflicts/records';
import { SweepScratch, sweepAccount } from '../conflicts/sweepAccount';
import { CONFLICT_RULES, type ConflictRule } from '../domain/types';
import { HitList, SEVERITY_CODE, type Hit } from './hitList';

export { HitList, type Hit } from './hitList';

const RULE_CODE = new Map(CONFLICT_RULES.map((r, k) => [r, k]));
const CROSS_TEAM = RULE_CODE.get('cross-team')!;
const SAME_CHANNEL = RULE_CODE.get('same-channel')!;
const MESSAGING_CLASH = RULE_CODE.get('messaging-clash')!;
/** The one rule of each record kind but pairs (materialize.ts's KIND_RULE), by code. */
const KIND_RULE: Record<number, number> = {
  [REC_PRESSURE]: RULE_CODE.get('contact-pressure')!,
  [REC_OWNER]: RULE_CODE.get('primary-owner')!,
  [REC_BLACKOUT]: RULE_CODE.get('blackout')!,
  [REC_OFFLIST]: RULE_CODE.get('off-list')!,
  [REC_PERSON]: RULE_CODE.get('person-pressure')!,
};

/** hitKey() with the rule as its position in CONFLICT_RULES. */
function keyOf(kind: number, a: number, b: number, rule: number): number {
  return ((rule * 8 + kind) * 2 ** 21 + (a + 1)) * 2 ** 21 + (b + 1);
}

/** A number for (kind, a, b, rule): a and b are positions or weeks, well under 2^21. */
export function hitKey(kind: number, a: number, b: number, rule: ConflictRule): number {
  return keyOf(kind, a, b, RULE_CODE.get(rule)!);
}

/** The hitKey()s of the groups whose acceptance holds (their places in the index stay put). */
export function acceptedHitKeys(
  groups: readonly ConflictGroup[],
  accepted: ReadonlySet<string>,
): Set<number> {
  const keys = new Set<number>();
  for (const g of groups)
    if (accepted.has(g.id)) keys.add(hitKey(g.ref[0], g.ref[1], g.ref[2], g.rule));
  return keys;
}

/** Which conflicts of a HitList went (`at[0..length)`: their positions in it, in order). */
export interface Gone {
  at: Int32Array;
  length: number;
}

export class HitReader {
  private readonly buffer = new RecordBuffer();
  private readonly scratch = new SweepScratch();
  /** Two lists taking turns (a step reads the next while it still needs the one before). */
  private readonly lists = [new HitList(), new HitList()];
  /** For read(), which returns objects: the turns of the two lists stay as they were. */
  private readonly loose = new HitList();
  private readonly gone: Gone = { at: new Int32Array(64), length: 0 };

  /** `accepted`: hitKey()s of the groups whose acceptance holds. */
  constructor(private readonly accepted: ReadonlySet<number>) {}

  /** The list that is not `busy` (valid until the next call that does not keep it). */
  private other(busy: HitList | null): HitList {
    const list = this.lists[0] === busy ? this.lists[1]! : this.lists[0]!;
    list.clear();
    return list;
  }

  /** Account `i`'s conflicts as objects (the step's explanations read a few accounts). */
  read(index: ConflictIndex, i: number): Hit[] {
    this.loose.clear();
    this.fill(index, i, this.loose);
    return this.loose.toHits();
  }

  /** Account `i`'s conflicts, in a list other than `keep` (which stays as it is). */
  readList(index: ConflictIndex, i: number, keep: HitList | null = null): HitList {
    const out = this.other(keep);
    this.fill(index, i, out);
    return out;
  }

  private fill(index: ConflictIndex, i: number, out: HitList): void {
    const p = index.plan;
    const buf = this.buffer;
    buf.clear();
    this.scratch.fit(p.minWeek, p.maxWeek);
    sweepAccount(p, i, buf, this.scratch);
    this.hitsOf(p, out);
  }

  /**
   * Account `i`'s conflicts once it left the motions `left` — and, with `primarySet`, took a
   * primary team whose other side's direct motions are among them — worked out from `before`
   * without a sweep: only the records of those motions go (and every owner record, as no
   * motion of the other side is left), and the weeks over the cap are the ones the index just
   * found. The index must already hold the change. `next` has the hits readList() would give,
   * in its order; `gone` the positions in `before` of the hits that are no more (valid until
   * the next call).
   */
  afterLeaving(
    index: ConflictIndex,
    i: number,
    before: HitList,
    left: readonly number[],
    primarySet: boolean,
  ): { next: HitList; gone: Gone } {
    const next = this.other(before);
    const gone = this.gone;
    gone.length = 0;
    if (gone.at.length < before.length) gone.at = new Int32Array(before.length * 2);
    const weeks = index.pressureWeeks[i];
    const personWeeks = index.personWeeks[i];
    const one = left.length === 1 ? left[0]! : -1;
    for (let k = 0; k < before.length; k++) {
      const kind = before.kind[k]!;
      const a = before.a[k]!;
      let stays: boolean;
      if (kind === REC_PRESSURE) stays = weeks?.includes(a) ?? false;
      else if (kind === REC_PERSON) stays = personWeeks?.includes(a) ?? false;
      else if (primarySet && kind === REC_OWNER) stays = false;
      else if (one >= 0) stays = a !== one && (kind !== REC_PAIR || before.b[k] !== one);
      else stays = !left.includes(a) && (kind !== REC_PAIR || !left.includes(before.b[k]!));
      if (stays) next.copy(before, k);
      else gone.at[gone.length++] = k;
    }
    // Leaving motions only lowers the weekly touches, a person's too: no week goes over a cap.
    return { next, gone };
  }

  /**
   * Account `i`'s conflicts read again after a change that may keep some records of the
   * motions it touched (a narrowing), and the positions in `before` of those that went.
   */
  readAfter(index: ConflictIndex, i: number, before: HitList): { next: HitList; gone: Gone } {
    const next = this.readList(index, i, before);
    const still = new Set<number>();
    for (let k = 0; k < next.length; k++) still.add(next.key[k]!);
    const gone = this.gone;
    gone.length = 0;
    if (gone.at.length < before.length) gone.at = new Int32Array(before.length * 2);
    for (let k = 0; k < before.length; k++)
      if (!still.has(before.key[k]!)) gone.at[gone.length++] = k;
    return { next, gone };
  }

  /** The hits of the records in the buffer, in order, rules of a pair in pairRules()' order. */
  private hitsOf(p: CompiledPlan, out: HitList): void {
    const buf = this.buffer;
    const d = buf.data;
    for (let r = 0; r < buf.length; r += 3) {
      const kind = d[r]!;
      const a = d[r + 1]!;
      const b = d[r + 2]!;
      if (kind !== REC_PAIR) {
        this.add(p, out, kind, a, b, KIND_RULE[kind]!);
        continue;
      }
      if (p.mDirect[a] && p.mDirect[b]) {
        if (p.mSide[a] !== p.mSide[b]) this.add(p, out, kind, a, b, CROSS_TEAM);
        else if (p.mChannel[a] === p.mChannel[b]) this.add(p, out, kind, a, b, SAME_CHANNEL);
      }
      const ta = p.mTheme[a]!;
      const tb = p.mTheme[b]!;
      if (ta !== 0 && tb !== 0 && ta !== tb) this.add(p, out, kind, a, b, MESSAGING_CLASH);
    }
  }

  private add(p: CompiledPlan, out: HitList, kind: number, a: number, b: number, rule: number) {
    const key = keyOf(kind, a, b, rule);
    const severity = SEVERITY_CODE[severityOf(p, CONFLICT_RULES[rule]!, a, b)];
    out.push(key, kind, a, b, rule, severity, this.accepted.size > 0 && this.accepted.has(key));
  }
}
