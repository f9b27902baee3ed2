/**
 * Groups candidate rows (from one or several files) with each other and with stored
 * accounts: by Salesforce id, then HubSpot id (a duplicate id recorded earlier counts as the
 * account's own), then normalized domain. A Salesforce and a HubSpot row of one company meet
 * on the domain and become one group holding both ids. Records of the same CRM with
 * different ids on one domain are one company too: the group keeps one id (the stored one,
 * else the first seen) and records the others as duplicates — unless the user keeps that
 * domain's records separate. An empty domain is never a key, so it never merges anything.
 * Every id belongs to one group only: an id another group already holds stays there.
 */
import type { Account } from '../domain/types';
import { combineCustom, combineIncoming } from './mergeAccounts';
import type { Candidate, IncomingFields } from './candidates';
import {
  CRMS,
  DUPLICATE_FIELD,
  ID_FIELD,
  isKeptSeparate,
  MERGE_ALL_CRM_DUPLICATES,
  type Crm,
  type CrmRecord,
  type KeepSeparate,
} from './crmDuplicates';

/** The records of one CRM a group holds besides the one it keeps. */
export interface GroupDuplicates {
  /** The kept record first, then each duplicate record the rows hold. */
  records: CrmRecord[];
  /** Duplicate ids new to the account (the stored account's are not repeated). */
  added: string[];
  /** Rows carrying a duplicate id. */
  rows: number;
}

export interface AccountGroup {
  existing: Account | null;
  /** The rows' values combined: the first row wins, later rows fill gaps. */
  incoming: IncomingFields;
  custom: Record<string, string>;
  rows: { file: string; row: number }[];
  /** Set only for a group whose rows hold several records of a CRM. */
  duplicates?: Partial<Record<Crm, GroupDuplicates>>;
}

export interface MergedDuplicate {
  file: string;
  row: number;
  /** The row it was folded into, or the stored account it matched first. */
  intoFile: string;
  intoRow: number;
  name: string;
  matchedBy: 'salesforceId' | 'hubspotId' | 'domain';
}

/** Same-company records kept as separate accounts at the user's request, by CRM and domain. */
export interface SeparateRecords {
  crm: Crm;
  domain: string;
  /** Where the first record is: a stored account, or the group that becomes its account. */
  first: AccountGroup | Account;
  records: CrmRecord[];
  rows: number;
}

export interface DedupeResult {
  groups: AccountGroup[];
  /** Rows folded into another row of the files (CRM duplicate rows are in `duplicates`). */
  merged: MergedDuplicate[];
  separate: SeparateRecords[];
}

type IdKey = 'salesforceId' | 'hubspotId';
type Key = IdKey | 'domain';
const ID_KEYS: readonly IdKey[] = ['salesforceId', 'hubspotId'];
type Holder = AccountGroup | Account;

export function isGroup(h: Holder): h is AccountGroup {
  return 'incoming' in h && 'rows' in h;
}

/** The id a group or stored account keeps for a CRM ('' when it has none). */
function keptId(h: Holder, crm: Crm): string {
  const key = ID_FIELD[crm];
  if (!isGroup(h)) return h[key];
  return h.existing?.[key] || h.incoming[key] || '';
}

function domainOf(h: Holder): string {
  return isGroup(h) ? h.incoming.domain || h.existing?.domain || '' : h.domain;
}

function nameOf(h: Holder): string {
  return isGroup(h) ? h.existing?.name || h.incoming.name || '' : h.name;
}

function without(fields: IncomingFields, key: IdKey): IncomingFields {
  const copy = { ...fields };
  delete copy[key];
  return copy;
}

export function dedupeCandidates(
  candidates: readonly Candidate[],
  existing: readonly Account[],
  keepSeparate: KeepSeparate = MERGE_ALL_CRM_DUPLICATES,
): DedupeResult {
  const stored: Record<Key, Map<string, Account>> = {
    salesforceId: new Map(),
    hubspotId: new Map(),
    domain: new Map(),
  };
  const claimStored = (key: Key, value: string, a: Account) => {
    if (value && !stored[key].has(value)) stored[key].set(value, a);
  };
  for (const a of existing) {
    for (const crm of CRMS) {
      claimStored(ID_FIELD[crm], a[ID_FIELD[crm]], a);
      for (const id of a[DUPLICATE_FIELD[crm]]) claimStored(ID_FIELD[crm], id, a);
    }
    claimStored('domain', a.domain, a);
  }
  const index: Record<Key, Map<string, AccountGroup>> = {
    salesforceId: new Map(),
    hubspotId: new Map(),
    domain: new Map(),
  };
  const claim = (key: Key, value: string, g: AccountGroup) => {
    if (value && !index[key].has(value)) index[key].set(value, g);
  };
  const byExisting = new Map<string, AccountGroup>();
  const groups: AccountGroup[] = [];
  const merged: MergedDuplicate[] = [];
  const separate = new Map<string, SeparateRecords>();

  const register = (g: AccountGroup) => {
    for (const crm of CRMS) {
      claim(ID_FIELD[crm], keptId(g, crm), g);
      for (const id of g.existing?.[DUPLICATE_FIELD[crm]] ?? []) claim(ID_FIELD[crm], id, g);
    }
    claim('domain', domainOf(g), g);
  };
  const groupOfStored = (a: Account): AccountGroup => {
    let g = byExisting.get(a.id);
    if (!g) {
      g = { existing: a, incoming: {}, custom: {}, rows: [] };
      byExisting.set(a.id, g);
      groups.push(g);
      register(g);
    }
    return g;
  };
  /** The group or stored account that holds a key's value, if any. */
  const holderOf = (key: Key, value: string): Holder | null =>
    index[key].get(value) ?? stored[key].get(value) ?? null;
  const holds = (h: Holder, g: Holder) => h === g || (isGroup(g) && h === g.existing);
  const asGroup = (h: Holder): AccountGroup => (isGroup(h) ? h : groupOfStored(h));

  /** The CRMs for which the row brings an id the holder would record as a duplicate. */
  const newDuplicates = (h: Holder, f: IncomingFields): Crm[] =>
    CRMS.filter((crm) => {
      const id = f[ID_FIELD[crm]];
      const kept = keptId(h, crm);
      if (!id || !kept || id === kept) return false;
      const holder = holderOf(ID_FIELD[crm], id);
      return holder === null;
    });

  const keepApart = (h: Holder, c: Candidate, crms: readonly Crm[], domain: string) => {
    for (const crm of crms) {
      const k = `${crm}\u001f${domain}`;
      let s = separate.get(k);
      if (!s) {
        s = {
          crm,
          domain,
          first: h,
          records: [{ id: keptId(h, crm), name: nameOf(h) }],
          rows: 0,
        };
        separate.set(k, s);
      }
      s.records.push({ id: c.fields[ID_FIELD[crm]] as string, name: c.fields.name ?? '' });
      s.rows++;
    }
  };

  // A group started from a row reuses the row's objects rather than copy 100k rows, and
  // copies them only when a second row joins: the rows themselves stay what their file
  // said (the owner directory and each CRM's recorded values read them after this).
  const sharesRow = new Set<AccountGroup>();
  const startGroup = (c: Candidate, fields: IncomingFields) => {
    const g: AccountGroup = {
      existing: null,
      incoming: fields,
      custom: c.custom,
      rows: [{ file: c.file, row: c.row }],
    };
    groups.push(g);
    sharesRow.add(g);
    register(g);
  };

  const join = (g: AccountGroup, c: Candidate, matchedBy: MergedDuplicate['matchedBy']) => {
    let fields = c.fields;
    let duplicateRow = false;
    for (const crm of CRMS) {
      const key = ID_FIELD[crm];
      const id = fields[key];
      const kept = keptId(g, crm);
      if (!id || id === kept) continue;
      const holder = holderOf(key, id);
      if (holder && !holds(holder, g)) {
        // Another account holds this id: it stays there, so no id is in two accounts.
        fields = without(fields, key);
        continue;
      }
      if (!kept) continue; // the group had no id of this CRM: the row's fills it
      fields = without(fields, key);
      addDuplicate(g, crm, id, c.fields.name ?? '', holder === null);
      claim(key, id, g);
      duplicateRow = true;
    }
    const first = g.rows[0];
    if (first && !duplicateRow) {
      merged.push({
        file: c.file,
        row: c.row,
        intoFile: first.file,
        intoRow: first.row,
        name: c.fields.name ?? '',
        matchedBy,
      });
    }
    if (sharesRow.delete(g)) {
      g.incoming = { ...g.incoming };
      g.custom = { ...g.custom };
    }
    combineIncoming(g.incoming, fields);
    combineCustom(g.custom, c.custom);
    g.rows.push({ file: c.file, row: c.row });
    register(g);
  };

  for (const c of candidates) {
    const f = c.fields;
    let done = false;
    for (const key of ID_KEYS) {
      const id = f[key];
      const holder = id ? holderOf(key, id) : null;
      if (!holder) continue;
      const extra = newDuplicates(holder, f);
      const domain = domainOf(holder);
      if (extra.length > 0 && isKeptSeparate(keepSeparate, domain)) {
        // The row's other record stays an account of its own, without the id it shares.
        keepApart(holder, c, extra, domain);
        startGroup(c, without(f, key));
      } else {
        join(asGroup(holder), c, key);
      }
      done = true;
      break;
    }
    if (done) continue;
    const holder = f.domain ? holderOf('domain', f.domain) : null;
    if (!holder) {
      startGroup(c, f);
      continue;
    }
    const extra = newDuplicates(holder, f);
    if (extra.length > 0 && isKeptSeparate(keepSeparate, f.domain as string)) {
      keepApart(holder, c, extra, f.domain as string);
      startGroup(c, f);
      continue;
    }
    join(asGroup(holder), c, 'domain');
  }
  return { groups, merged, separate: [...separate.values()] };
}

function addDuplicate(g: AccountGroup, crm: Crm, id: string, name: string, isNew: boolean): void {
  const all = (g.duplicates ??= {});
  let d = all[crm];
  if (!d) {
    d = { records: [{ id: keptId(g, crm), name: nameOf(g) }], added: [], rows: 0 };
    all[crm] = d;
  }
  d.rows++;
  if (!d.records.some((r) => r.id === id)) d.records.push({ id, name });
  if (isNew) d.added.push(id);
}
