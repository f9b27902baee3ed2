/**
 * One account's conflicts as the exclusion step reads them, kept in typed arrays (one slot
 * per conflict): the step reads some 3 million of them at 100,000 accounts, and an object and
 * two arrays per conflict were most of its garbage collection. A conflict becomes a Hit
 * object (hit()) only when the step acts on it.
 */
import { CONFLICT_RULES, type ConflictRule, type Severity } from '../domain/types';
import { REC_BLACKOUT, REC_PAIR, REC_PERSON, REC_PRESSURE } from '../conflicts/records';
import type { GroupRef } from '../conflicts';

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

export const SEVERITY_CODE: Record<Severity, number> = { block: 0, warn: 1, info: 2 };
export const SEVERITIES: readonly Severity[] = ['block', 'warn', 'info'];

export class HitList {
  length = 0;
  key = new Float64Array(64);
  kind = new Uint8Array(64);
  a = new Int32Array(64);
  b = new Int32Array(64);
  /** Position in CONFLICT_RULES. */
  rule = new Uint8Array(64);
  /** SEVERITY_CODE. */
  severity = new Uint8Array(64);
  accepted = new Uint8Array(64);

  clear(): void {
    this.length = 0;
  }

  private grow(): void {
    const size = this.key.length * 2;
    const more = <T extends Float64Array | Uint8Array | Int32Array>(x: T): T => {
      const next = new (x.constructor as new (n: number) => T)(size);
      next.set(x);
      return next;
    };
    this.key = more(this.key);
    this.kind = more(this.kind);
    this.a = more(this.a);
    this.b = more(this.b);
    this.rule = more(this.rule);
    this.severity = more(this.severity);
    this.accepted = more(this.accepted);
  }

  push(
    key: number,
    kind: number,
    a: number,
    b: number,
    rule: number,
    severity: number,
    accepted: boolean,
  ): void {
    if (this.length === this.key.length) this.grow();
    const k = this.length++;
    this.key[k] = key;
    this.kind[k] = kind;
    this.a[k] = a;
    this.b[k] = b;
    this.rule[k] = rule;
    this.severity[k] = severity;
    this.accepted[k] = accepted ? 1 : 0;
  }

  /** Appends conflict `k` of `from`. */
  copy(from: HitList, k: number): void {
    this.push(
      from.key[k]!,
      from.kind[k]!,
      from.a[k]!,
      from.b[k]!,
      from.rule[k]!,
      from.severity[k]!,
      from.accepted[k] === 1,
    );
  }

  /** Conflict `k` as an object. */
  hit(k: number): Hit {
    const kind = this.kind[k]!;
    const a = this.a[k]!;
    const b = this.b[k]!;
    return {
      key: this.key[k]!,
      ref: [kind, a, b],
      rule: CONFLICT_RULES[this.rule[k]!]!,
      severity: SEVERITIES[this.severity[k]!]!,
      motions: kind === REC_PAIR ? [a, b] : kind === REC_PRESSURE || kind === REC_PERSON ? [] : [a],
      blackout: kind === REC_BLACKOUT ? b : -1,
      accepted: this.accepted[k] === 1,
    };
  }

  toHits(): Hit[] {
    const out: Hit[] = [];
    for (let k = 0; k < this.length; k++) out.push(this.hit(k));
    return out;
  }

  /** The first block whose acceptance does not hold and whose key is not in `done`, or −1. */
  firstOpenBlock(done: ReadonlySet<number>): number {
    const check = done.size > 0;
    for (let k = 0; k < this.length; k++) {
      if (this.severity[k] !== 0 || this.accepted[k] === 1) continue;
      if (check && done.has(this.key[k]!)) continue;
      return k;
    }
    return -1;
  }
}
