/**
 * The fast path of reading a current-version workspace file (workspaceFile.ts): one walk over
 * the parsed document that answers whether it certainly passes both checks of the full path —
 * the nesting limit (nestingDepth.ts) and the schema (workspaceFileSchema.ts). A 100,000-
 * account file is 91 MB; the schema library walks it with a validator object per field and
 * copies every row, which took seconds, and the depth walk kept a node per object. Here the
 * big tables (accounts, contacts, opportunities) and the sync section's stamps are checked
 * with plain loops (fastRowChecks.ts); the small tables go through their schema as before.
 * JSON.parse already guarantees what is left: no undefined, no functions, no cycles, keys
 * are strings. A false answer says nothing about where the problem is: the caller then runs
 * the full check, which names the file, row and field.
 */
import type { z } from '../validation/zod';
import { ROW_TABLES } from './workspaceData';
import { MAX_WORKSPACE_DEPTH, pathDeeperThan } from './nestingDepth';
import {
  FAST_TABLES,
  isPlainObject,
  isString,
  type Check,
  type LooseShape,
  type NestedField,
  type RowShape,
} from './fastRowChecks';
import { tableSchemas } from './workspaceFileSchema';
import { settingsSchema } from './schemas';

const STAMP = /^[0-9a-z]{9}-[0-9a-z]{4}-\S*$/;
const isStamp = (v: unknown) => typeof v === 'string' && STAMP.test(v);

/** Whether a value at `depth` (the document is depth 0) keeps within the nesting limit. */
function shallowEnough(value: unknown, depth: number): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return pathDeeperThan(value, MAX_WORKSPACE_DEPTH - depth) === null;
}

/** The fields of `obj` other than `known`, each within the nesting limit at `depth`. */
function extrasShallow(
  obj: Record<string, unknown>,
  known: ReadonlySet<string>,
  depth: number,
): boolean {
  for (const k in obj) if (!known.has(k) && !shallowEnough(obj[k], depth)) return false;
  return true;
}

const knownOf = new WeakMap<object, ReadonlySet<string>>();
function known(shape: LooseShape | RowShape): ReadonlySet<string> {
  let set = knownOf.get(shape);
  if (!set) knownOf.set(shape, (set = new Set(shape.fields.map(([f]) => f))));
  return set;
}

function looseObjectOk(value: unknown, shape: LooseShape, depth: number): boolean {
  if (!isPlainObject(value)) return false;
  for (const [field, check] of shape.fields) {
    const v = value[field];
    if (v === undefined ? !shape.optional?.has(field) : !check(v)) return false;
  }
  return extrasShallow(value, known(shape), depth + 1);
}

/** A row shape as parallel lists, so the per-row loop indexes instead of destructuring. */
interface CompiledRow {
  names: string[];
  checks: Check[];
  nested: (NestedField | null)[];
  known: ReadonlySet<string>;
}

const compiled = new WeakMap<RowShape, CompiledRow>();
function compile(shape: RowShape): CompiledRow {
  let c = compiled.get(shape);
  if (!c) {
    c = { names: [], checks: [], nested: [], known: known(shape) };
    for (const [name, check] of shape.fields) {
      c.names.push(name);
      c.checks.push(typeof check === 'function' ? check : () => true);
      c.nested.push(typeof check === 'function' ? null : check);
    }
    compiled.set(shape, c);
  }
  return c;
}

/** One row of a big table at `depth` (its table is depth - 1). */
function rowOk(row: unknown, shape: CompiledRow, depth: number): boolean {
  if (!isPlainObject(row)) return false;
  const { names, checks, nested } = shape;
  for (let i = 0; i < names.length; i++) {
    const v = row[names[i] as string];
    const inner = nested[i];
    if (inner) {
      if (!(v === null && inner.nullable) && !looseObjectOk(v, inner.shape, depth + 1))
        return false;
    } else if (!(checks[i] as Check)(v)) return false;
  }
  // Every field of the shape is present, so more keys than fields means fields of a newer
  // build (kept, as the schema keeps them): they only need the depth check.
  let keys = 0;
  for (const _ in row) keys++;
  return keys === names.length || extrasShallow(row, shape.known, depth + 1);
}

function keysUnique(rows: readonly unknown[], key: string): boolean {
  const seen = new Set<unknown>();
  for (const row of rows) {
    const k = (row as Record<string, unknown>)[key];
    if (seen.has(k)) return false;
    seen.add(k);
  }
  return true;
}

function tableOk(table: string, rows: unknown): boolean {
  if (!Array.isArray(rows)) return false;
  const shape = FAST_TABLES[table];
  if (shape) {
    const c = compile(shape);
    for (let i = 0; i < rows.length; i++) if (!rowOk(rows[i], c, 3)) return false;
  } else {
    const schema = tableSchemas[table as keyof typeof tableSchemas] as z.ZodType | undefined;
    if (!schema || !shallowEnough(rows, 2)) return false;
    if (!schema.array().safeParse(rows).success) return false;
  }
  return keysUnique(rows, table === 'columnMappings' ? 'signature' : 'id');
}

const DATA_TABLES = new Set<string>([...ROW_TABLES, 'settings']);

function dataOk(data: unknown): boolean {
  if (!isPlainObject(data)) return false;
  for (const table of ROW_TABLES) if (!tableOk(table, data[table])) return false;
  if (!shallowEnough(data.settings, 2) || !settingsSchema.safeParse(data.settings).success) {
    return false;
  }
  return extrasShallow(data, DATA_TABLES, 2);
}

/** A record of stamps (z.record(z.string(), stamp)). */
function stampRecordOk(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  for (const k in value) if (!isStamp(value[k])) return false;
  return true;
}

const ROW_STAMP_FIELDS = new Set(['base', 'fields']);

function rowStampsOk(value: unknown, depth: number): boolean {
  if (!isPlainObject(value) || !isStamp(value.base)) return false;
  const fields = value.fields;
  let keys = 1;
  if (fields !== undefined) {
    if (!stampRecordOk(fields)) return false;
    keys++;
  }
  let n = 0;
  for (const _ in value) n++;
  if (n === keys) return true;
  // z.object drops fields it does not know; the depth limit still holds for them.
  for (const k in value) {
    if (!ROW_STAMP_FIELDS.has(k) && !shallowEnough(value[k], depth + 1)) return false;
  }
  return true;
}

const SYNC_FIELDS = new Set(['installationId', 'versionVector', 'stamps', 'tombstones']);

function syncOk(sync: unknown): boolean {
  if (!isPlainObject(sync)) return false;
  const id = sync.installationId;
  if (!(id === null || (typeof id === 'string' && id.length > 0))) return false;
  if (!stampRecordOk(sync.versionVector)) return false;
  const { stamps, tombstones } = sync;
  if (!isPlainObject(stamps) || !isPlainObject(tombstones)) return false;
  for (const table in stamps) {
    const rows = stamps[table];
    if (!isPlainObject(rows)) return false;
    const keys = Object.keys(rows);
    for (let i = 0; i < keys.length; i++)
      if (!rowStampsOk(rows[keys[i] as string], 4)) return false;
  }
  for (const table in tombstones) if (!stampRecordOk(tombstones[table])) return false;
  return extrasShallow(sync, SYNC_FIELDS, 2);
}

const HEAD_FIELDS = new Set(['format', 'version', 'savedAt', 'app', 'data', 'sync']);

/**
 * True when the document (format and version already checked: the current one) passes the
 * nesting limit and workspaceFileSchema; false when it may not (the full check then says why).
 */
export function certainlyValidWorkspace(doc: Record<string, unknown>): boolean {
  if (!isString(doc.savedAt)) return false;
  const app = doc.app;
  if (app !== undefined) {
    if (!isPlainObject(app) || !isString(app.name) || !isString(app.version)) return false;
    if (!shallowEnough(app, 1)) return false;
  }
  return dataOk(doc.data) && syncOk(doc.sync) && extrasShallow(doc, HEAD_FIELDS, 1);
}
