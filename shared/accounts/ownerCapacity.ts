/**
 * Owners' capacity: how many accounts each owner holds per tier, and who holds more Tier 1
 * accounts than one rep can run 1:1 plays for (settings.tier1CapacityPerOwner; "more than").
 * Removed accounts do not count.
 */
import type { Account } from '../domain/types';

export interface OwnerLoad {
  owner: string;
  ownerEmail: string;
  tier1: number;
  tier2: number;
  tier3: number;
  untiered: number;
  total: number;
  overCapacity: boolean;
}

export const UNASSIGNED = '(unassigned)';

export function ownerCapacity(
  accounts: readonly Pick<Account, 'owner' | 'ownerEmail' | 'tier' | 'status'>[],
  tier1CapacityPerOwner: number,
): OwnerLoad[] {
  const byOwner = new Map<string, OwnerLoad>();
  for (const a of accounts) {
    if (a.status === 'removed') continue;
    const name = a.owner.trim() || UNASSIGNED;
    const key = (a.ownerEmail.trim() || name).toLowerCase();
    let load = byOwner.get(key);
    if (!load) {
      load = {
        owner: name,
        ownerEmail: a.ownerEmail,
        tier1: 0,
        tier2: 0,
        tier3: 0,
        untiered: 0,
        total: 0,
        overCapacity: false,
      };
      byOwner.set(key, load);
    }
    if (a.tier === 1) load.tier1++;
    else if (a.tier === 2) load.tier2++;
    else if (a.tier === 3) load.tier3++;
    else load.untiered++;
    load.total++;
  }
  const loads = [...byOwner.values()];
  for (const load of loads)
    load.overCapacity = load.owner !== UNASSIGNED && load.tier1 > tier1CapacityPerOwner;
  return loads.sort(
    (a, b) => b.tier1 - a.tier1 || b.total - a.total || a.owner.localeCompare(b.owner),
  );
}
