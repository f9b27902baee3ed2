/**
 * Accounts whose sweep inputs are identical — same motions, tier, status class, primary team,
 * blackouts and profiles of people (person pressure) — have identical conflicts. Audiences built from tiers and segments make such
 * twins common, so a full detection sweeps one account per class and counts it for all.
 */
import type { CompiledPlan } from './compiledPlan';

/**
 * For each account, the first account with identical inputs (itself when it is the first).
 * Without `people`, the profiles of the accounts' people are left out: the classes then share
 * every rule but person pressure.
 * `onProgress` is called every 4,096 accounts (a long run reports from it).
 */
export function findTwins(p: CompiledPlan, people = true, onProgress?: () => void): Int32Array {
  const n = p.accounts.length;
  const first = new Int32Array(n);
  const byHash = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    if (onProgress && (i & 4095) === 0) onProgress();
    // Days of its own (a staggered wave, a hand-over) make an account a class of its own.
    if (p.hasOwnDays(i)) {
      first[i] = i;
      continue;
    }
    const h = inputHash(p, i, people);
    const candidates = byHash.get(h);
    let twin = i;
    if (candidates) {
      for (const c of candidates) {
        if (sameInputs(p, c, i, people)) {
          twin = c;
          break;
        }
      }
      if (twin === i) candidates.push(i);
    } else byHash.set(h, [i]);
    first[i] = twin;
  }
  return first;
}

function inputHash(p: CompiledPlan, i: number, people: boolean): number {
  let h = 0x811c9dc5 ^ (p.aTier[i]! * 7 + (p.aPrimary[i]! + 1) * 3 + p.aTarget[i]!);
  const list = p.lists[i]!;
  for (let k = 0; k < list.length; k++) h = Math.imul(h ^ list[k]!, 16777619);
  const own = p.aBlackouts[i];
  if (own) for (let k = 0; k < own.length; k++) h = Math.imul(h ^ (own[k]! + 0x10000), 16777619);
  const profiles = people ? p.people.aProfiles[i] : null;
  if (profiles)
    for (let k = 0; k < profiles.length; k++) h = Math.imul(h ^ (profiles[k]! + 0x20000), 16777619);
  return h;
}

function sameInputs(p: CompiledPlan, a: number, b: number, people: boolean): boolean {
  if (
    p.aTier[a] !== p.aTier[b] ||
    p.aPrimary[a] !== p.aPrimary[b] ||
    p.aTarget[a] !== p.aTarget[b]
  ) {
    return false;
  }
  return (
    sameArray(p.lists[a], p.lists[b]) &&
    sameArray(p.aBlackouts[a], p.aBlackouts[b]) &&
    (!people || sameArray(p.people.aProfiles[a], p.people.aProfiles[b]))
  );
}

function sameArray(x: Int32Array | null | undefined, y: Int32Array | null | undefined): boolean {
  if (!x || !y) return !x === !y;
  if (x.length !== y.length) return false;
  for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return false;
  return true;
}

/**
 * `coarse` (findTwins without people) split by the profiles of the accounts' people: the
 * classes findTwins(p) gives, found in one pass (a hash collision only makes a class of one).
 */
export function refineTwins(p: CompiledPlan, coarse: Int32Array): Int32Array {
  const n = coarse.length;
  const out = new Int32Array(n);
  const first = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const profiles = p.people.aProfiles[i];
    let h = Math.imul(0x811c9dc5 ^ coarse[i]!, 16777619);
    if (profiles)
      for (let k = 0; k < profiles.length; k++) h = Math.imul(h ^ (profiles[k]! + 1), 16777619);
    const seen = first.get(h);
    if (seen === undefined) {
      first.set(h, i);
      out[i] = i;
    } else if (coarse[seen] === coarse[i] && sameArray(p.people.aProfiles[seen], profiles)) {
      out[i] = seen;
    } else out[i] = i;
  }
  return out;
}
