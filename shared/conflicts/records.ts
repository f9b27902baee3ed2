/**
 * Compact conflict records: three integers each, (kind, a, b), for one account at a time.
 * The sweep writes them; counters, groups and the materializer read them. Keeping them as
 * numbers is what lets millions of conflicts be found in well under a second.
 */
export const REC_PAIR = 0; // a < b: two motions overlapping on the account (rules 1, 2, 6)
export const REC_PRESSURE = 1; // a: week index over the cap; b: 0 (touches are recomputed on demand)
export const REC_OWNER = 2; // a: motion of the side that should stay silent (rule 4)
export const REC_BLACKOUT = 3; // a: motion, b: blackout position (rule 5)
export const REC_OFFLIST = 4; // a: motion whose include list holds a non-target (rule 7)
export const REC_PERSON = 5; // a: week index in which a person at the account is over the per-person cap; b: 0

export class RecordBuffer {
  data = new Int32Array(3 * 64);
  length = 0;

  clear(): void {
    this.length = 0;
  }

  push(kind: number, a: number, b: number): void {
    if (this.length + 3 > this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    const d = this.data;
    d[this.length] = kind;
    d[this.length + 1] = a;
    d[this.length + 2] = b;
    this.length += 3;
  }
}
