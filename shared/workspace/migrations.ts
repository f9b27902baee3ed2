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
];
