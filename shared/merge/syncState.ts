/**
 * What a workspace carries so that two copies can be merged: per row and per field the stamp
 * of the edit that wrote it, a tombstone per deleted row, and the version vector (per
 * installation, the newest of its stamps this copy has taken in). See mergeWorkspaces.ts for
 * how a merge reads them.
 *
 * A row's stamps are a base (the stamp of the edit that wrote the whole row: its creation,
 * an import's overwrite) and the fields edited since, each with its own stamp. A field with no
 * entry was last written with the base. A row with no stamps at all carries ZERO_STAMP (rows
 * written before stamps existed): every real edit is newer.
 */
import { ZERO_STAMP, maxStamp, stampInstallation, type Stamp } from './hlc';

export interface RowStamps {
  base: Stamp;
  /** Fields written after the base, each with the stamp of its edit. */
  fields?: Record<string, Stamp>;
}

export type VersionVector = Record<string, Stamp>;

export interface WorkspaceSync {
  /** The installation that keeps this copy (null: no stamped edit yet). */
  installationId: string | null;
  versionVector: VersionVector;
  /** Table → row key → stamps. A row absent here carries ZERO_STAMP everywhere. */
  stamps: Record<string, Record<string, RowStamps>>;
  /** Table → row key → stamp of the deletion. */
  tombstones: Record<string, Record<string, Stamp>>;
}

export function emptySync(installationId: string | null = null): WorkspaceSync {
  return { installationId, versionVector: {}, stamps: {}, tombstones: {} };
}

const ZERO_ROW: RowStamps = { base: ZERO_STAMP };

/**
 * A copy of a keyed record without a prototype: keys are row ids and field names, which a CRM
 * export can make "__proto__" or "constructor", and must read and write as plain entries.
 */
export function dict<T>(source: Record<string, T> | undefined): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, source);
}

/**
 * An own entry of a keyed record. Entries are stamps (strings) or row stamps (plain objects);
 * what a plain object inherits is a function or Object.prototype itself ("__proto__"), so one
 * lookup tells them apart (no hasOwn: this runs for every row of a 100,000-row merge).
 */
export function entry<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  if (record === undefined) return undefined;
  const value = record[key];
  return typeof value === 'function' || value === Object.prototype ? undefined : value;
}

export function rowStamps(sync: WorkspaceSync, table: string, key: string): RowStamps {
  return entry(sync.stamps[table], key) ?? ZERO_ROW;
}

export function fieldStamp(row: RowStamps, field: string): Stamp {
  return entry(row.fields, field) ?? row.base;
}

/** The stamp of a record's deletion, if it was deleted. */
export function tombstone(sync: WorkspaceSync, table: string, key: string): Stamp | undefined {
  return entry(sync.tombstones[table], key);
}

/** The newest stamp anywhere in a row's stamps. */
export function newestRowStamp(row: RowStamps): Stamp {
  let newest = row.base;
  if (row.fields) for (const s of Object.values(row.fields)) newest = maxStamp(newest, s);
  return newest;
}

/**
 * Whether a copy whose version vector is `vv` has taken in the edit stamped `stamp`. Each
 * installation's stamps only grow and a merge takes a whole copy, so what a copy has of one
 * installation is a prefix of its history: everything up to the vector's entry.
 */
export function hasSeen(vv: VersionVector, stamp: Stamp): boolean {
  if (stamp === ZERO_STAMP) return true;
  const seen = vv[stampInstallation(stamp)];
  return seen !== undefined && stamp <= seen;
}

export function mergeVectors(a: VersionVector, b: VersionVector): VersionVector {
  const out: VersionVector = { ...a };
  for (const [id, stamp] of Object.entries(b)) {
    const mine = out[id];
    out[id] = mine === undefined ? stamp : maxStamp(mine, stamp);
  }
  return out;
}

/** Notes a stamp of this copy's own edit (or one taken in) in the vector. */
export function noteStamp(vv: VersionVector, stamp: Stamp): void {
  if (stamp === ZERO_STAMP) return;
  const id = stampInstallation(stamp);
  const seen = vv[id];
  if (seen === undefined || stamp > seen) vv[id] = stamp;
}

/** The newest stamp the copy knows of, for resuming a clock after it. */
export function newestKnownStamp(sync: WorkspaceSync): Stamp {
  let newest = ZERO_STAMP;
  for (const s of Object.values(sync.versionVector)) newest = maxStamp(newest, s);
  return newest;
}
