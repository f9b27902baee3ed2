/**
 * Which accounts each motion reaches, and which motions each account is in: the audience
 * membership and the "motions" columns of the CRM profiles both read it, resolved by the
 * app's own audience rule (shared/motions/audience). Kept by account position, not id:
 * at 100,000 accounts a Map keyed by id costs more than the whole CSV writing.
 */
import type { Account, Motion } from '../domain/types';
import { buildAudienceIndex, resolveAudience } from '../motions/audience';

export interface MotionAudiences {
  /** Motions in export order (start day, then name). */
  motions: Motion[];
  /** Motion id → positions (in the accounts given) of the accounts it reaches, ascending. */
  members: Map<string, Int32Array>;
}

/** An account with the motions it is in, in export order: the record CRM profiles write. */
export interface AccountWithMotions {
  account: Account;
  motions: readonly Motion[];
  /** The motions' names joined by ';' (multi-select picklist / multiple checkboxes). */
  motionNames: string;
}

/**
 * One set of motions, shared by every account that is in exactly those motions: a trie
 * keyed by the motion added last, so 100,000 accounts make a few hundred lists and joins
 * instead of 100,000 of each.
 */
interface MotionSet {
  motions: Motion[];
  names: string;
  next: Map<Motion, MotionSet>;
}

function emptySet(): MotionSet {
  return { motions: [], names: '', next: new Map() };
}

function withMotion(set: MotionSet, motion: Motion): MotionSet {
  let child = set.next.get(motion);
  if (!child) {
    child = {
      motions: [...set.motions, motion],
      names: set.names === '' ? motion.name : `${set.names};${motion.name}`,
      next: new Map(),
    };
    set.next.set(motion, child);
  }
  return child;
}

export function byStartThenName(a: Motion, b: Motion): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

export function motionAudiences(
  accounts: readonly Account[],
  motions: readonly Motion[],
): MotionAudiences {
  const ordered = [...motions].sort(byStartThenName);
  const index = buildAudienceIndex(accounts);
  const members = new Map<string, Int32Array>();
  for (const motion of ordered) members.set(motion.id, resolveAudience(index, motion.audience));
  return { motions: ordered, members };
}

export function accountsWithMotions(
  accounts: readonly Account[],
  motions: readonly Motion[],
): AccountWithMotions[] {
  const audiences = motionAudiences(accounts, motions);
  const none = emptySet();
  const setAt = new Array<MotionSet>(accounts.length).fill(none);
  for (const motion of audiences.motions) {
    const positions = audiences.members.get(motion.id) as Int32Array;
    for (let i = 0; i < positions.length; i++) {
      const p = positions[i] as number;
      setAt[p] = withMotion(setAt[p] as MotionSet, motion);
    }
  }
  return accounts.map((account, p) => {
    const set = setAt[p] as MotionSet;
    return { account, motions: set.motions, motionNames: set.names };
  });
}
