/**
 * The people of a plan as the person-pressure rule reads them. People at one account who
 * share a persona and the same opt-outs are reached by the same motions, so they are one
 * "profile": the sweep works per profile, not per person (an account's 5 people are usually
 * 2 or 3 profiles), and a per-motion table says which profiles each motion reaches.
 */
import { weekdayOfDay, weekIndexOfDay } from '../dates/calendarDate';
import type { ConflictMotion, ConflictPerson } from './types';

/** Person pressure's cap when a plan's settings leave it out. */
export const DEFAULT_PERSON_CAP = 2;

/** Whether the person asked not to be reached on the channel (as campaign members count it). */
function optedOut(channel: ConflictMotion['channel'], emailOptOut: boolean, doNotCall: boolean) {
  return channel === 'phone' ? doNotCall : emailOptOut;
}

export class PeoplePlan {
  readonly people: readonly ConflictPerson[];
  /** Per profile: lower-cased persona and the flags. */
  private personaKey: string[] = [];
  private readonly flags: number[] = [];
  /** Per account: its distinct profiles, ascending; null when nobody is matched to it. */
  readonly aProfiles: (Int32Array | null)[];
  /** Per person: its profile (-1: not at any account of the plan). */
  readonly profileOf: Int32Array;
  /** People positions grouped by account: account i's are order[offsets[i]..offsets[i + 1]). */
  private readonly order: Int32Array;
  private readonly offsets: Int32Array;
  /** reach[m × profileCount + k] = 1 when motion m's touches reach profile k. */
  reach = new Uint8Array(0);
  /** Per motion that counts: its first and last week, touches × days in them, touches. */
  mW0 = new Int32Array(0);
  mW1 = new Int32Array(0);
  mHead = new Float64Array(0);
  mTail = new Float64Array(0);
  mTouches = new Float64Array(0);

  // Built with typed arrays and one pass per step: 500,000 people must cost little garbage.
  constructor(people: readonly ConflictPerson[], accountCount: number) {
    this.people = people;
    const n = people.length;
    this.profileOf = new Int32Array(n).fill(-1);
    this.offsets = new Int32Array(accountCount + 1);
    this.aProfiles = new Array<Int32Array | null>(accountCount).fill(null);
    const personaIndex = new Map<string, number>();
    const profileByCode = new Map<number, number>();
    for (let j = 0; j < n; j++) {
      const person = people[j]!;
      const at = person.account;
      if (!(at >= 0 && at < accountCount)) continue;
      let pi = personaIndex.get(person.persona);
      if (pi === undefined) {
        const key = person.persona.trim().toLowerCase();
        pi = this.personaKey.indexOf(key);
        if (pi < 0) {
          pi = this.personaKey.length;
          this.personaKey.push(key);
        }
        personaIndex.set(person.persona, pi);
      }
      const flags =
        (person.emailOptOut ? 1 : 0) | (person.doNotCall ? 2 : 0) | (person.hasEmail ? 4 : 0);
      const code = pi * 8 + flags;
      let profile = profileByCode.get(code);
      if (profile === undefined) {
        profile = this.flags.length;
        profileByCode.set(code, profile);
        this.flags.push(flags);
      }
      this.profileOf[j] = profile;
      this.offsets[at + 1]!++;
    }
    // Profiles are numbered in order met; their personas are kept by profile.
    const profilePersona: string[] = new Array<string>(this.flags.length);
    for (const [code, profile] of profileByCode)
      profilePersona[profile] = this.personaKey[Math.floor(code / 8)]!;
    this.personaKey = profilePersona;
    for (let i = 0; i < accountCount; i++) this.offsets[i + 1]! += this.offsets[i]!;
    this.order = new Int32Array(this.offsets[accountCount]!);
    const fill = this.offsets.slice(0, accountCount);
    for (let j = 0; j < n; j++) {
      if (this.profileOf[j]! < 0) continue;
      this.order[fill[people[j]!.account]!++] = j;
    }
    const flat = new Int32Array(this.order.length);
    let used = 0;
    for (let i = 0; i < accountCount; i++) {
      const from = this.offsets[i]!;
      const to = this.offsets[i + 1]!;
      if (from === to) continue;
      const start = used;
      for (let k = from; k < to; k++) {
        const profile = this.profileOf[this.order[k]!]!;
        // Insertion into the account's short sorted run, without repeats.
        let at = used;
        while (at > start && flat[at - 1]! > profile) at--;
        if (at > start && flat[at - 1] === profile) continue;
        flat.copyWithin(at + 1, at, used);
        flat[at] = profile;
        used++;
      }
      this.aProfiles[i] = flat.subarray(start, used);
    }
  }

  /** Positions (in `people`) of account i's people. */
  peopleOf(i: number): Int32Array {
    return this.order.subarray(this.offsets[i] ?? 0, this.offsets[i + 1] ?? 0);
  }

  get profileCount(): number {
    return this.personaKey.length;
  }

  /**
   * Sets motion m's row of the reach table; `counts` is false for a motion that touches
   * nobody. `start` and `end` are its day numbers, `touches` its touches a week.
   */
  setMotion(
    m: number,
    motion: ConflictMotion | null,
    counts: boolean,
    start = 0,
    end = 0,
    touches = 0,
  ): void {
    const n = this.profileCount;
    if (n === 0) return;
    if (this.mW0.length <= m) {
      const size = Math.max(m + 1, this.mW0.length * 2, 8);
      const grow = <T extends Int32Array | Float64Array>(arr: T): T => {
        const next = new (arr.constructor as new (k: number) => T)(size);
        next.set(arr);
        return next;
      };
      this.mW0 = grow(this.mW0);
      this.mW1 = grow(this.mW1);
      this.mHead = grow(this.mHead);
      this.mTail = grow(this.mTail);
      this.mTouches = grow(this.mTouches);
    }
    if (counts) this.setWeeks(m, start, end, touches);
    if (this.reach.length < (m + 1) * n) {
      const next = new Uint8Array(Math.max((m + 1) * n, this.reach.length * 2));
      next.set(this.reach);
      this.reach = next;
    }
    const wanted = (motion?.audience.personas ?? []).map((p) => p.trim().toLowerCase());
    const personas = wanted.filter((p) => p !== '');
    for (let k = 0; k < n; k++) {
      const flags = this.flags[k]!;
      let yes = counts && !!motion;
      if (yes && personas.length > 0) yes = personas.includes(this.personaKey[k]!);
      if (yes && optedOut(motion!.channel, (flags & 1) === 1, (flags & 2) === 2)) yes = false;
      if (yes && motion!.channel === 'email' && (flags & 4) === 0) yes = false;
      this.reach[m * n + k] = yes ? 1 : 0;
    }
  }

  /** The weeks motion m runs in, and its touches × days in its first and last week. */
  setWeeks(m: number, start: number, end: number, touches: number): void {
    if (m >= this.mW0.length) return;
    const w0 = weekIndexOfDay(start);
    const w1 = weekIndexOfDay(end);
    this.mW0[m] = w0;
    this.mW1[m] = w1;
    this.mTouches[m] = touches;
    this.mHead[m] = w0 === w1 ? touches * (end - start + 1) : touches * (7 - weekdayOfDay(start));
    this.mTail[m] = touches * (weekdayOfDay(end) + 1);
  }

  /** Motion m's row, copied (to put back after a change tried for a moment). */
  saveRow(m: number): Uint8Array {
    const n = this.profileCount;
    return this.reach.slice(m * n, (m + 1) * n);
  }

  restoreRow(m: number, row: Uint8Array): void {
    if (row.length > 0) this.reach.set(row, m * this.profileCount);
  }

  /** A number that differs when the row differs (for "did this motion's fields change"). */
  rowCode(m: number): number {
    const n = this.profileCount;
    let h = 0x811c9dc5;
    for (let k = 0; k < n; k++) h = Math.imul(h ^ (this.reach[m * n + k]! + 1), 16777619);
    return h;
  }
}
