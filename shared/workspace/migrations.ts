/**
 * Migrations of the workspace file, one per format version step. A shipped migration is never
 * edited; a new format version appends one here. Each takes the whole parsed document of
 * version `from` and returns it in the shape of version `from + 1`, keeping unknown fields.
 */
export interface WorkspaceMigration {
  from: number;
  migrate: (doc: Record<string, unknown>) => Record<string, unknown>;
}

export const WORKSPACE_MIGRATIONS: readonly WorkspaceMigration[] = [
  {
    // Version 0 was the pre-release layout: tables at the top level, no "data" wrapper.
    from: 0,
    migrate: (doc) => {
      const { format, version, savedAt, app, ...tables } = doc;
      return { format, version, savedAt: savedAt ?? new Date(0).toISOString(), app, data: tables };
    },
  },
  {
    // Version 2 adds the owner directory and, on each account, the other records of the same
    // company in each CRM (duplicates to merge). Older files had neither: none of either.
    // It also says how a motion's tiers and segments combine: version 1 always united them,
    // so every audience of an older file is marked "match any" and keeps its accounts.
    from: 1,
    migrate: (doc) => {
      const data = doc.data;
      if (typeof data !== 'object' || data === null || Array.isArray(data)) return doc;
      const d = data as Record<string, unknown>;
      if (Array.isArray(d.accounts)) {
        d.accounts = d.accounts.map((a: unknown) =>
          isRecord(a) ? { duplicateSalesforceIds: [], duplicateHubspotIds: [], ...a } : a,
        );
      }
      if (Array.isArray(d.motions)) {
        d.motions = d.motions.map((m: unknown) =>
          isRecord(m) && isRecord(m.audience)
            ? { ...m, audience: { ...m.audience, match: 'any' } }
            : m,
        );
      }
      d.owners ??= [];
      return doc;
    },
  },
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
