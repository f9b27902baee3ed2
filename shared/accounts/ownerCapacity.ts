/**
 * Owners' capacity: how many accounts each owner holds per tier, and who holds more Tier 1
 * accounts than one rep can run 1:1 plays for (settings.tier1CapacityPerOwner; "more than").
 * Removed accounts do not count. Owners are people of the owner directory where it knows
 * them, so accounts holding a rep by name and others by e-mail or user id count as one load.
 */
import type { Account } from '../domain/types';
import { EMPTY_DIRECTORY, ownerOfAccount, type OwnerDirectory } from '../owners/ownerDirectory';

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
  owners: OwnerDirectory = EMPTY_DIRECTORY,
): OwnerLoad[] {
  const byOwner = new Map<string, OwnerLoad>();
  for (const a of accounts) {
    if (a.status === 'removed') continue;
    const person = ownerOfAccount(owners, a);
    const name = person?.name || a.owner.trim() || UNASSIGNED;
    const email = person?.email || a.ownerEmail;
    const key = person ? `owner:${person.id}` : (email.trim() || name).toLowerCase();
    let load = byOwner.get(key);
    if (!load) {
      load = {
        owner: name,
        ownerEmail: email,
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
