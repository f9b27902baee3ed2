/**
 * Which accounts each motion reaches, and which motions each account is in: the audience
 * membership and the "motions" columns of the CRM profiles both read it, resolved by the
 * app's own audience rule (shared/motions/audience).
 */
import type { Account, Motion } from '../domain/types';
import { buildAudienceIndex, resolveAudience } from '../motions/audience';

export interface MotionAudiences {
  /** Motions in export order (start day, then name). */
  motions: Motion[];
  /** Motion id → the ids of the accounts it reaches, in account order. */
  members: Map<string, string[]>;
  /** Account id → the motions it is in, in export order. */
  motionsOf: Map<string, Motion[]>;
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
  const members = new Map<string, string[]>();
  const motionsOf = new Map<string, Motion[]>();
  const index = buildAudienceIndex(accounts);
  for (const motion of ordered) {
    const positions = resolveAudience(index, motion.audience);
    const ids = new Array<string>(positions.length);
    for (let i = 0; i < positions.length; i++) ids[i] = index.ids[positions[i] as number] as string;
    members.set(motion.id, ids);
    for (const id of ids) {
      const list = motionsOf.get(id);
      if (list) list.push(motion);
      else motionsOf.set(id, [motion]);
    }
  }
  return { motions: ordered, members, motionsOf };
}
