// The paged accounts store held against a plain one: any sequence of commits (field edits
// among them), undos and redos leaves the same rows as the same sequence applied to a map of
// one record per row whose undo keeps whole rows; a write aborted mid-transaction leaves the rows as they were;
// a version 4 store (one record per account) upgrades with every row kept, and so does a
// version 8 store (whole-row pages) into version 10's pages stored field by field.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Dexie from 'dexie';
import { resetDb, WorkbenchDb } from '../../../renderer/src/store/db';
import {
  commit,
  commitFieldEdit,
  history,
  redo,
  undo,
  type FieldValues,
} from '../../../renderer/src/store/changes';
import { applyChanges } from '../../../renderer/src/store/applyChanges';
import {
  AccountPageCopy,
  META_TABLE,
  pageId,
  setPageRowsForTests,
  PAGE_ROWS,
} from '../../../renderer/src/store/accountPages';
import { readPages, refreshCopy, storedMeta } from '../../../renderer/src/store/accountSync';
import { COLUMNS_TABLE } from '../../../renderer/src/store/accountColumns';
import { readAll } from '../../../renderer/src/store/reads';
import { SCHEMA_VERSIONS } from '../../../renderer/src/store/schema';
import type { Account, Tier } from '../../../shared/domain/types';
import { makeAccount } from '../workspace/fixtures';

let name = '';
beforeAll(() => setPageRowsForTests(4)); // a few dozen accounts span many pages
afterAll(() => setPageRowsForTests(PAGE_ROWS));
beforeEach(() => {
  name = `test-${Math.random()}`;
  resetDb(name);
  history.clear();
});

const ids = fc.constantFrom(
  ...Array.from({ length: 24 }, (_, i) => `a${String(i).padStart(2, '0')}`),
);
const edit = fc.record({
  id: ids,
  tier: fc.constantFrom<Tier | null>(1, 2, 3, null),
  notes: fc.constantFrom('', 'call back', 'open deal'),
  tags: fc.constantFrom<string[]>([], ['fintech'], ['fintech', 'eu']),
  // An optional value present or absent, so a patch also adds and drops fields.
  intent: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
});
type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never;

function rowOf(e: Edit): Account {
  const row: Account = makeAccount({
    id: e.id,
    name: e.id,
    tier: e.tier,
    notes: e.notes,
    tags: e.tags,
  });
  if (e.intent === undefined) delete (row as Partial<Account>).intentScore;
  else row.intentScore = e.intent;
  return row;
}

/** A field edit (the bulk edit bar's): one tier for all rows, notes row by row, intent dropped. */
const fieldEdit = fc.record({
  kind: fc.constant('fields' as const),
  ids: fc.uniqueArray(ids, { maxLength: 10 }),
  tier: fc.option(fc.constantFrom<Tier | null>(1, 2, 3, null), { nil: undefined }),
  notes: fc.option(
    fc.array(fc.constantFrom('', 'call back', 'won'), { minLength: 10, maxLength: 10 }),
    {
      nil: undefined,
    },
  ),
  dropIntent: fc.boolean(),
});
type FieldEditOp = typeof fieldEdit extends fc.Arbitrary<infer E> ? E : never;

function fieldsOf(o: FieldEditOp): { ids: string[]; fields: FieldValues[] } {
  const fields: FieldValues[] = [];
  if (o.tier !== undefined) fields.push({ field: 'tier', value: o.tier });
  if (o.notes) fields.push({ field: 'notes', values: o.notes.slice(0, o.ids.length) });
  if (o.dropIntent) fields.push({ field: 'intentScore', value: undefined });
  return { ids: o.ids, fields };
}

const op = fc.oneof(
  fc.record({ kind: fc.constant('put' as const), rows: fc.array(edit, { maxLength: 12 }) }),
  fieldEdit,
  fc.record({ kind: fc.constant('delete' as const), ids: fc.array(ids, { maxLength: 6 }) }),
  fc.record({ kind: fc.constant('replace' as const), rows: fc.array(edit, { maxLength: 8 }) }),
  fc.constant({ kind: 'undo' as const }),
  fc.constant({ kind: 'redo' as const }),
);
type Op = typeof op extends fc.Arbitrary<infer O> ? O : never;

/** The plain model: one record per row, each undo step the whole table before and after. */
class PlainModel {
  rows = new Map<string, Account>();
  private past: { before: Map<string, Account>; after: Map<string, Account> }[] = [];
  private future: typeof this.past = [];

  apply(o: Op): void {
    if (o.kind === 'undo' || o.kind === 'redo') {
      const [from, to] = o.kind === 'undo' ? [this.past, this.future] : [this.future, this.past];
      const step = from.pop();
      if (!step) return;
      to.push(step);
      this.rows = new Map(o.kind === 'undo' ? step.before : step.after);
      return;
    }
    const next = o.kind === 'replace' ? new Map<string, Account>() : new Map(this.rows);
    if (o.kind === 'fields') {
      const { ids: edited, fields } = fieldsOf(o);
      edited.forEach((id, i) => {
        const was = next.get(id);
        if (!was) return; // a field edit never brings a row back
        const row = { ...was } as Record<string, unknown>;
        for (const f of fields) {
          const v = 'values' in f ? f.values[i] : f.value;
          if (v === undefined) delete row[f.field];
          else row[f.field] = v;
        }
        next.set(id, row as unknown as Account);
      });
    } else if (o.kind === 'delete') for (const id of o.ids) next.delete(id);
    else for (const e of o.rows) next.set(e.id, rowOf(e));
    if (sameRows(next, this.rows)) return; // the store records no step for no change
    this.past.push({ before: this.rows, after: next });
    this.future = [];
    this.rows = next;
  }

  sorted(): Account[] {
    return [...this.rows.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  }
}

function sameRows(a: Map<string, Account>, b: Map<string, Account>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, row] of a) if (JSON.stringify(b.get(id)) !== JSON.stringify(row)) return false;
  return true;
}

async function applyToStore(o: Op): Promise<void> {
  if (o.kind === 'undo') await undo();
  else if (o.kind === 'redo') await redo();
  else if (o.kind === 'delete') await commit('Delete', { accounts: { delete: o.ids } });
  else if (o.kind === 'fields') await commitFieldEdit('Bulk edit', fieldsOf(o));
  else
    await commit(o.kind, {
      accounts: { clear: o.kind === 'replace', put: o.rows.map(rowOf) },
    });
}

/** The rows as a fresh connection reads them from the pages: each account once. */
async function storedRows(): Promise<Account[]> {
  const other = new WorkbenchDb(name);
  const rows = (await readPages(other.accountColumns)).flatMap((p) => p.rows);
  other.close();
  return rows.sort((a, b) => (a.id < b.id ? -1 : 1));
}

describe('the paged accounts store', () => {
  it('any sequence of commits, undos and redos leaves the rows a plain store would', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 14 }), async (ops) => {
        resetDb((name = `test-${Math.random()}`));
        history.clear();
        const model = new PlainModel();
        for (const o of ops) {
          model.apply(o);
          await applyToStore(o);
        }
        const want = model.sorted();
        expect(await readAll('accounts')).toEqual(want);
        expect(await storedRows()).toEqual(want);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it("another thread's copy, brought up to date after every few writes from only what they wrote, holds the rows a full read does", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(op, { minLength: 1, maxLength: 14 }),
        fc.integer({ min: 1, max: 4 }),
        async (ops, every) => {
          resetDb((name = `test-${Math.random()}`));
          history.clear();
          const model = new PlainModel();
          const other = new WorkbenchDb(name);
          const copy = new AccountPageCopy();
          const tables = [other.table(COLUMNS_TABLE), other.table(META_TABLE)];
          const catchUp = () =>
            other.transaction('r', tables, async (tx) => {
              const meta = await storedMeta(tx.table(META_TABLE));
              await refreshCopy(copy, tx.table(COLUMNS_TABLE), meta);
            });
          let loads = 0;
          const load = copy.load.bind(copy);
          copy.load = (...args) => {
            loads++;
            load(...args);
          };
          await catchUp();
          for (const [i, o] of ops.entries()) {
            model.apply(o);
            await applyToStore(o);
            if (i % every !== every - 1 && i !== ops.length - 1) continue;
            await catchUp();
            expect(copy.list()).toEqual(model.sorted());
          }
          other.close();
          // Read whole once (the first time): every later write was caught up from its records,
          // also when several came between two catch-ups (an edit and its undo).
          expect(loads).toBe(1);
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);

  it('a write aborted mid-transaction leaves the previous rows, stored and shown', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(edit, { minLength: 1, maxLength: 20 }),
        fc.array(edit, { minLength: 9, maxLength: 24 }),
        fc.integer({ min: 1, max: 3 }),
        async (seed, change, abortAfter) => {
          resetDb((name = `test-${Math.random()}`));
          history.clear();
          await commit('Seed', { accounts: { put: seed.map(rowOf) } });
          const before = await readAll('accounts');
          const stop = new AbortController();
          let parts = 0;
          const writing = applyChanges(
            { accounts: { put: change.map(rowOf), delete: [seed[0]!.id] } },
            { signal: stop.signal, onProgress: () => ++parts >= abortAfter && stop.abort() },
          );
          await writing.then(
            () => undefined,
            () => undefined,
          );
          if (!stop.signal.aborted) return; // too small to reach that part: wrote it all
          expect(await readAll('accounts')).toEqual(before);
          expect(await storedRows()).toEqual(before);
        },
      ),
      { numRuns: 30 },
    );
  }, 120_000);

  it('a version 4 store upgrades with every account kept, in pages', async () => {
    const old = new Dexie(name);
    for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 4)) {
      const declared = old.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
    const rows = Array.from({ length: 2_500 }, (_, i) =>
      makeAccount({
        id: `acc-${String(i).padStart(5, '0')}`,
        name: `Co ${i}`,
        tags: [`t${i % 7}`],
      }),
    );
    await old.table('accounts').bulkPut(rows);
    old.close();

    resetDb(name);
    expect(await readAll('accounts')).toEqual(rows);
    const upgraded = new WorkbenchDb(name);
    const pages = await readPages(upgraded.accountColumns);
    expect(pages.length).toBe(Math.ceil(rows.length / PAGE_ROWS));
    upgraded.close();
    expect(await storedRows()).toEqual(rows);
  });

  it('a version 8 store (whole-row pages) upgrades with every account and field kept', async () => {
    const old = new Dexie(name);
    for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 8)) {
      const declared = old.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
    await old.open();
    // Rows that differ in which fields they hold (an absent intent score, a null tier).
    const rows = Array.from({ length: 1_234 }, (_, i) => {
      const row = makeAccount({
        id: `acc-${String(i).padStart(5, '0')}`,
        name: `Co ${i}`,
        tier: i % 3 === 0 ? null : 2,
        tags: i % 5 === 0 ? [] : [`t${i % 7}`, 'eu'],
      });
      if (i % 4 === 0) delete (row as Partial<Account>).intentScore;
      return row;
    });
    const pages = [];
    for (let i = 0; i < rows.length; i += 500)
      pages.push({ id: pageId(pages.length + 1), rows: rows.slice(i, i + 500) });
    await old.table('accountPages').bulkAdd(pages);
    await old.table('storeMeta').put({ key: 'accounts', rev: 'v8' });
    old.close();

    resetDb(name);
    const read = await readAll('accounts');
    expect(read).toEqual(rows);
    // Each row keeps its fields in their order (a backup writes them as they were).
    expect(read.map((r) => Object.keys(r))).toEqual(rows.map((r) => Object.keys(r)));
    expect('intentScore' in (read[0] as Account)).toBe(false);
    const upgraded = new WorkbenchDb(name);
    expect(upgraded.tables.map((t) => t.name)).not.toContain('accountPages');
    expect((await readPages(upgraded.accountColumns)).map((p) => p.id)).toEqual(
      pages.map((p) => p.id),
    );
    upgraded.close();
  });
});
