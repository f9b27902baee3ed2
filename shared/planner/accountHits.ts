/**
 * One account's conflicts as the exclusion step needs them — rule, severity, motion positions,
 * blackout, whether its group's acceptance holds — read straight from the engine's compact
 * records (the sweep of that account). Unlike accountConflicts() it builds no ids, windows or
 * explanations, which at 100,000 accounts is most of the cost of the step.
 */
import type { ConflictIndex } from '../conflicts';
import { severityOf } from '../conflicts/pairRules';
import { rulesOf } from '../conflicts/materialize';
import {
  RecordBuffer,
  REC_BLACKOUT,
  REC_PAIR,
  REC_PERSON,
  REC_PRESSURE,
} from '../conflicts/records';
import { SweepScratch, sweepAccount } from '../conflicts/sweepAccount';
import { CONFLICT_RULES, type ConflictRule, type Severity } from '../domain/types';

export interface Hit {
  /** Unique within the account: rule, record kind and its two numbers. */
  key: number;
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
    const out: Hit[] = [];
    const d = buf.data;
    for (let r = 0; r < buf.length; r += 3) {
      const kind = d[r]!;
      const a = d[r + 1]!;
      const b = d[r + 2]!;
      for (const rule of rulesOf(p, kind, a, b)) {
        const key = hitKey(kind, a, b, rule);
        out.push({
          key,
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
