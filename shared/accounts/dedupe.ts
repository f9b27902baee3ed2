/**
 * Groups candidate rows (from one or several files) with each other and with stored
 * accounts: by Salesforce id, then HubSpot id, then normalized domain. A Salesforce and a
 * HubSpot row of one company meet on the domain and become one group holding both ids. Two
 * different ids of the same CRM are two records, so a shared domain does not merge them.
 */
import type { Account } from '../domain/types';
import { combineCustom, combineIncoming } from './mergeAccounts';
import type { Candidate, IncomingFields } from './candidates';

export interface AccountGroup {
  existing: Account | null;
  /** The rows' values combined: the first row wins, later rows fill gaps. */
  incoming: IncomingFields;
  custom: Record<string, string>;
  rows: { file: string; row: number }[];
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

interface Keys {
  salesforceId: string;
  hubspotId: string;
  domain: string;
}

function keysOfGroup(g: AccountGroup): Keys {
  return {
    salesforceId: g.incoming.salesforceId || g.existing?.salesforceId || '',
    hubspotId: g.incoming.hubspotId || g.existing?.hubspotId || '',
    domain: g.incoming.domain || g.existing?.domain || '',
  };
}

/** A domain match is refused when both sides carry different ids of the same CRM. */
function compatible(g: AccountGroup, c: IncomingFields): boolean {
  const k = keysOfGroup(g);
  if (c.salesforceId && k.salesforceId && c.salesforceId !== k.salesforceId) return false;
  if (c.hubspotId && k.hubspotId && c.hubspotId !== k.hubspotId) return false;
  return true;
}

export function dedupeCandidates(
  candidates: readonly Candidate[],
  existing: readonly Account[],
): { groups: AccountGroup[]; merged: MergedDuplicate[] } {
  const stored = {
    salesforceId: new Map<string, Account>(),
    hubspotId: new Map<string, Account>(),
    domain: new Map<string, Account>(),
  };
  for (const a of existing) {
    if (a.salesforceId && !stored.salesforceId.has(a.salesforceId))
      stored.salesforceId.set(a.salesforceId, a);
    if (a.hubspotId && !stored.hubspotId.has(a.hubspotId)) stored.hubspotId.set(a.hubspotId, a);
    if (a.domain && !stored.domain.has(a.domain)) stored.domain.set(a.domain, a);
  }
  const index = {
    salesforceId: new Map<string, AccountGroup>(),
    hubspotId: new Map<string, AccountGroup>(),
    domain: new Map<string, AccountGroup>(),
  };
  const byExisting = new Map<string, AccountGroup>();
  const groups: AccountGroup[] = [];
  const merged: MergedDuplicate[] = [];

  const register = (g: AccountGroup) => {
    const k = keysOfGroup(g);
    for (const key of ['salesforceId', 'hubspotId', 'domain'] as const) {
      if (k[key] && !index[key].has(k[key])) index[key].set(k[key], g);
    }
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

  for (const c of candidates) {
    let found: AccountGroup | null = null;
    let matchedBy: MergedDuplicate['matchedBy'] = 'domain';
    for (const key of ['salesforceId', 'hubspotId', 'domain'] as const) {
      const value = c.fields[key];
      if (!value) continue;
      const g = index[key].get(value) ?? null;
      const a = g ? null : (stored[key].get(value) ?? null);
      const candidate = g ?? (a ? (byExisting.get(a.id) ?? null) : null);
      if (key === 'domain') {
        if (candidate && !compatible(candidate, c.fields)) continue;
        if (
          !candidate &&
          a &&
          !compatible({ existing: a, incoming: {}, custom: {}, rows: [] }, c.fields)
        )
          continue;
      }
      found = candidate ?? (a ? groupOfStored(a) : null);
      if (found) {
        matchedBy = key;
        break;
      }
    }
    if (!found) {
      const g: AccountGroup = {
        existing: null,
        // The candidate's objects are the pipeline's own: reuse them rather than copy 100k rows.
        incoming: c.fields,
        custom: c.custom,
        rows: [{ file: c.file, row: c.row }],
      };
      groups.push(g);
      register(g);
      continue;
    }
    const first = found.rows[0];
    if (first) {
      merged.push({
        file: c.file,
        row: c.row,
        intoFile: first.file,
        intoRow: first.row,
        name: c.fields.name ?? '',
        matchedBy,
      });
    }
    combineIncoming(found.incoming, c.fields);
    combineCustom(found.custom, c.custom);
    found.rows.push({ file: c.file, row: c.row });
    register(found);
  }
  return { groups, merged };
}
