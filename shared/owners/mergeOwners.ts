/**
 * Builds the owner directory up from what files say about people ("sightings": a name, an
 * e-mail, a Salesforce user id, a HubSpot owner id, any of them). A sighting joins the owner
 * it matches by e-mail (without case), then Salesforce user id, then HubSpot owner id, then
 * case-folded name; otherwise it is a new owner. Account imports only fill what an owner
 * lacks; a users file (the CRM's own list of people) may also correct names and e-mails.
 * A key that already belongs to another owner is never moved: that is reported instead.
 * When an owner gets the name of a bare-name entry (an owner known only by a report's name,
 * with no e-mail or id) that entry was this person, as a bare name meeting them would have
 * found them: it is folded in, so the name does not stay shared by two owners (a shared name
 * resolves to nobody, and the accounts of that name would never get their e-mail).
 */
import type { IsoDateTime, Owner } from '../domain/types';
import type { IdGenerator } from '../domain/ids';
import { emailKey, nameKey } from './ownerKeys';

export interface OwnerSighting {
  name: string;
  email: string;
  salesforceUserId: string;
  hubspotOwnerId: string;
  /** The name was made up from the e-mail: it may find a person, but never renames one. */
  nameGuessed?: boolean;
}

export interface OwnerClash {
  /** Index of the sighting in the list given. */
  index: number;
  message: string;
}

export interface DirectoryMerge {
  /** The whole directory after the merge. */
  owners: Owner[];
  /** New and changed owners: what to write. */
  put: Owner[];
  /** Ids of stored bare-name owners folded into the person of that name: what to delete. */
  removed: string[];
  added: number;
  updated: number;
  clashes: OwnerClash[];
}

type KeyField = 'email' | 'salesforceUserId' | 'hubspotOwnerId';
const KEY_FIELDS: readonly KeyField[] = ['email', 'salesforceUserId', 'hubspotOwnerId'];
const KEY_LABEL: Record<KeyField, string> = {
  email: 'e-mail',
  salesforceUserId: 'Salesforce user ID',
  hubspotOwnerId: 'HubSpot owner ID',
};

function keyOf(field: KeyField, value: string): string {
  return field === 'email' ? emailKey(value) : value;
}

export function mergeSightings(
  existing: readonly Owner[],
  sightings: readonly OwnerSighting[],
  options: { now: IsoDateTime; newId: IdGenerator; correct: boolean },
): DirectoryMerge {
  const owners = existing.map((o) => ({ ...o }));
  const original = new Map(existing.map((o) => [o.id, o]));
  const index: Record<KeyField, Map<string, Owner>> = {
    email: new Map(),
    salesforceUserId: new Map(),
    hubspotOwnerId: new Map(),
  };
  const byName = new Map<string, Owner[]>();
  const addName = (o: Owner) => {
    const k = nameKey(o.name);
    if (k) byName.set(k, [...(byName.get(k) ?? []), o]);
  };
  const dropName = (o: Owner) => {
    const k = nameKey(o.name);
    const list = (byName.get(k) ?? []).filter((x) => x !== o);
    if (list.length > 0) byName.set(k, list);
    else byName.delete(k);
  };
  const register = (o: Owner) => {
    for (const f of KEY_FIELDS) if (o[f]) index[f].set(keyOf(f, o[f]), o);
  };
  for (const o of owners) {
    register(o);
    addName(o);
  }
  const touched = new Set<Owner>();
  const clashes: OwnerClash[] = [];
  const folded = new Set<Owner>();
  let added = 0;
  /** The one other owner called `name`, when it is a bare name, leaves (see the header). */
  const foldBareNameInto = (o: Owner, name: string) => {
    const others = (byName.get(nameKey(name)) ?? []).filter((x) => x !== o);
    const bare = others.length === 1 ? others[0] : undefined;
    if (!bare || KEY_FIELDS.some((f) => bare[f])) return;
    dropName(bare);
    folded.add(bare);
  };

  sightings.forEach((s, i) => {
    let found: Owner | undefined;
    for (const f of KEY_FIELDS) {
      found = s[f] ? index[f].get(keyOf(f, s[f])) : undefined;
      if (found) break;
    }
    if (!found && nameKey(s.name)) {
      const same = byName.get(nameKey(s.name)) ?? [];
      // One person of that name, and not one whose keys say it is someone else.
      const only = same.length === 1 ? same[0] : undefined;
      if (only && KEY_FIELDS.every((f) => !s[f] || !only[f])) found = only;
      // A bare name several people share says nothing about which of them: skip it.
      const bare = KEY_FIELDS.every((f) => !s[f]);
      if (!found && bare && same.length > 1) return;
    }
    if (!found) {
      const o: Owner = {
        id: options.newId(),
        name: s.name.trim(),
        email: '',
        salesforceUserId: '',
        hubspotOwnerId: '',
        createdAt: options.now,
        updatedAt: options.now,
      };
      for (const f of KEY_FIELDS) {
        const taken = s[f] ? index[f].get(keyOf(f, s[f])) : undefined;
        if (s[f] && !taken) o[f] = f === 'email' ? emailKey(s[f]) : s[f];
      }
      owners.push(o);
      register(o);
      addName(o);
      touched.add(o);
      added++;
      return;
    }
    const o = found;
    let changed = false;
    for (const f of KEY_FIELDS) {
      const value = s[f] ? (f === 'email' ? emailKey(s[f]) : s[f]) : '';
      if (value === '' || value === o[f]) continue;
      if (o[f] !== '' && !options.correct) continue;
      const holder = index[f].get(keyOf(f, value));
      if (holder && holder !== o) {
        clashes.push({
          index: i,
          message: `the ${KEY_LABEL[f]} ${value} belongs to ${holder.name || holder.email || holder.id} already, not to ${o.name || o.email || o.id}`,
        });
        continue;
      }
      if (o[f]) index[f].delete(keyOf(f, o[f]));
      o[f] = value;
      index[f].set(keyOf(f, value), o);
      changed = true;
    }
    const name = s.name.trim();
    const betterName = o.name === '' || (options.correct && !s.nameGuessed);
    if (name && name !== o.name && betterName) {
      dropName(o);
      foldBareNameInto(o, name);
      o.name = name;
      addName(o);
      changed = true;
    }
    if (changed) {
      o.updatedAt = options.now;
      touched.add(o);
    }
  });

  const kept = owners.filter((o) => !folded.has(o));
  const put = kept.filter((o) => touched.has(o));
  const removed = [...folded].filter((o) => original.has(o.id)).map((o) => o.id);
  const updated = put.filter((o) => original.has(o.id)).length;
  added -= [...folded].filter((o) => !original.has(o.id)).length;
  return { owners: kept, put, removed, added, updated, clashes };
}
