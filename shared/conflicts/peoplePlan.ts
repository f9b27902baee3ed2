/**
 * The people of a plan as the person-pressure rule reads them. People at one account who
 * share a persona and the same opt-outs are reached by the same motions, so they are one
 * "profile": the sweep works per profile, not per person (an account's 5 people are usually
 * 2 or 3 profiles), and a per-motion table says which profiles each motion reaches.
 */
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
  private readonly personaKey: string[] = [];
  private readonly flags: number[] = [];
  /** Per account: its distinct profiles, ascending; null when nobody is matched to it. */
  readonly aProfiles: (Int32Array | null)[];
  /** Per account: positions (in `people`) of its people. */
  readonly byAccount = new Map<number, number[]>();
  /** Per person: its profile. */
  readonly profileOf: Int32Array;
  /** reach[m × profileCount + k] = 1 when motion m's touches reach profile k. */
  reach = new Uint8Array(0);

  constructor(people: readonly ConflictPerson[], accountCount: number) {
    this.people = people;
    this.profileOf = new Int32Array(people.length);
    this.aProfiles = new Array<Int32Array | null>(accountCount).fill(null);
    const codes = new Map<string, number>();
    const perAccount = new Map<number, Set<number>>();
    for (let j = 0; j < people.length; j++) {
      const person = people[j]!;
      if (person.account < 0 || person.account >= accountCount) continue;
      const persona = person.persona.trim().toLowerCase();
      const flags =
        (person.emailOptOut ? 1 : 0) | (person.doNotCall ? 2 : 0) | (person.hasEmail ? 4 : 0);
      const key = `${flags}|${persona}`;
      let code = codes.get(key);
      if (code === undefined) {
        code = this.personaKey.length;
        codes.set(key, code);
        this.personaKey.push(persona);
        this.flags.push(flags);
      }
      this.profileOf[j] = code;
      const list = this.byAccount.get(person.account);
      if (list) list.push(j);
      else this.byAccount.set(person.account, [j]);
      let set = perAccount.get(person.account);
      if (!set) perAccount.set(person.account, (set = new Set()));
      set.add(code);
    }
    for (const [i, set] of perAccount) this.aProfiles[i] = Int32Array.from(set).sort();
  }

  get profileCount(): number {
    return this.personaKey.length;
  }

  /** Sets motion m's row of the reach table; `counts` is false for a motion that touches nobody. */
  setMotion(m: number, motion: ConflictMotion | null, counts: boolean): void {
    const n = this.profileCount;
    if (n === 0) return;
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
