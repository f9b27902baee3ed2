/**
 * One account's conflicts as the exclusion step needs them — rule, severity, motion positions,
 * blackout, whether its group's acceptance holds — read straight from the engine's compact
 * records (the sweep of that account). Unlike accountConflicts() it builds no ids, windows or
 * explanations, which at 100,000 accounts is most of the cost of the step.
 */
import type { ConflictGroup, ConflictIndex, GroupRef } from '../conflicts';
import { severityOf } from '../conflicts/pairRules';
import { rulesOf } from '../conflicts/materialize';
import type { CompiledPlan } from '../conflicts/compiledPlan';
import {
  RecordBuffer,
  REC_BLACKOUT,
  REC_OWNER,
  REC_PAIR,
  REC_PERSON,
  REC_PRESSURE,
} from '../conflicts/records';
import { SweepScratch, sweepAccount } from '../conflicts/sweepAccount';
import { CONFLICT_RULES, type ConflictRule, type Severity } from '../domain/types';

export interface Hit {
  /** Unique within the account: rule, record kind and its two numbers. */
  key: number;
  /** The engine's record: its kind and two numbers (the group's place in the index). */
  ref: GroupRef;
  rule: ConflictRule;
  severity: Severity;
  /** Motion positions (none for contact and person pressure, which are per week). */
  motions: number[];
  /** Blackout position, or −1. */
  blackout: number;
  accepted: boolean;
}

const RULE_CODE = new Map(CONFLICT_RULES.map((r, k) => [r, k]));

/** A number for (kind, a, b, rule): a and b are positions or weeks, well under 2^21. */
export function hitKey(kind: number, a: number, b: number, rule: ConflictRule): number {
  const code = RULE_CODE.get(rule)! * 8 + kind;
  return (code * 2 ** 21 + (a + 1)) * 2 ** 21 + (b + 1);
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

export class HitReader {
  private readonly buffer = new RecordBuffer();
  private readonly scratch = new SweepScratch();

  /** `accepted`: hitKey()s of the groups whose acceptance holds. */
  constructor(private readonly accepted: ReadonlySet<number>) {}

  read(index: ConflictIndex, i: number): Hit[] {
    const p = index.plan;
    const buf = this.buffer;
    buf.clear();
    this.scratch.fit(p.minWeek, p.maxWeek);
    sweepAccount(p, i, buf, this.scratch);
    return this.hitsOf(p);
  }

  /**
   * Account `i`'s conflicts once it left the motions `left` — and, with `primarySet`, took a
   * primary team whose other side's direct motions are among them — worked out from `before`
   * without a sweep: only the records of those motions go (and every owner record, as no
   * motion of the other side is left), and the weeks over the cap are the ones the index just
   * found. The index must already hold the change. `next` has the hits read() would give, in
   * its order; `gone` the hits of `before` that are no more.
   */
  afterLeaving(
    index: ConflictIndex,
    i: number,
    before: readonly Hit[],
    left: readonly number[],
    primarySet: boolean,
  ): { next: Hit[]; gone: Hit[] } {
    const next: Hit[] = [];
    const gone: Hit[] = [];
    const weeks = index.pressureWeeks[i];
    const personWeeks = index.personWeeks[i];
    for (const h of before) {
      const kind = h.ref[0];
      const stays =
        kind === REC_PRESSURE
          ? (weeks?.includes(h.ref[1]) ?? false)
          : kind === REC_PERSON
            ? (personWeeks?.includes(h.ref[1]) ?? false)
            : !(primarySet && kind === REC_OWNER) && !h.motions.some((m) => left.includes(m));
      (stays ? next : gone).push(h);
    }
    // Leaving motions only lowers the weekly touches, a person's too: no week goes over a cap.
    return { next, gone };
  }

  /** The hits of the records in the buffer. */
  private hitsOf(p: CompiledPlan): Hit[] {
    const out: Hit[] = [];
    const buf = this.buffer;
    const d = buf.data;
    for (let r = 0; r < buf.length; r += 3) {
      const kind = d[r]!;
      const a = d[r + 1]!;
      const b = d[r + 2]!;
      for (const rule of rulesOf(p, kind, a, b)) {
        const key = hitKey(kind, a, b, rule);
        out.push({
          key,
          ref: [kind, a, b],
          rule,
          severity: severityOf(p, rule, a, b),
          motions:
            kind === REC_PAIR ? [a, b] : kind === REC_PRESSURE || kind === REC_PERSON ? [] : [a],
          blackout: kind === REC_BLACKOUT ? b : -1,
          accepted: this.accepted.has(key),
        });
      }
    }
    return out;
  }
}
