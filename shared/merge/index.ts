/** Merging two copies of a workspace: stamps, the merge plan and its decisions, ownership. */
export * from './hlc';
export * from './syncState';
export * from './mergeTables';
export * from './mergeWorkspaces';
export * from './applyMergeDecisions';
export * from './ownership';
export * from './stampEdits';
