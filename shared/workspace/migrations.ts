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
    // company in each CRM (duplicates to merge) and the values each CRM held when last
    // imported. Older files had none of them: no duplicates, no owners, values unknown.
    from: 1,
    migrate: (doc) => {
      const data = doc.data;
      if (typeof data !== 'object' || data === null || Array.isArray(data)) return doc;
      const d = data as Record<string, unknown>;
      if (Array.isArray(d.accounts)) {
        d.accounts = d.accounts.map((a: unknown) =>
          typeof a === 'object' && a !== null && !Array.isArray(a)
            ? {
                duplicateSalesforceIds: [],
                duplicateHubspotIds: [],
                importedFromSalesforce: null,
                importedFromHubspot: null,
                ...a,
              }
            : a,
        );
      }
      d.owners ??= [];
      return doc;
    },
  },
];
