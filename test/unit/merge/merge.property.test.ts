// Random edit sequences on two copies of one workspace, merged both ways: non-conflicting
// changes commute, merging the same file twice changes nothing, no change is lost, and the
// conflicts are exactly the fields both sides changed (and deletions against edits).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WorkspaceData } from '../../../shared/workspace/workspaceData';
import { applyMergeDecisions } from '../../../shared/merge/applyMergeDecisions';
import { fieldStamp, rowStamps } from '../../../shared/merge/syncState';
import { MERGE_TABLES, rowKey, tableRows, type Row } from '../../../shared/merge/mergeTables';
import { planMerge, type StampedWorkspace } from '../../../shared/merge/mergeWorkspaces';
import { makeAccount } from '../workspace/fixtures';
import { baseWorkspace, canonical, edit, testClock } from './mergeFixtures';

type Op =
  | {
      kind: 'set';
      table: 'accounts' | 'motions' | 'settings';
      index: number;
      field: string;
      value: unknown;
    }
  | { kind: 'add'; index: number }
  | { kind: 'delete'; table: 'accounts' | 'motions'; index: number };

const accountField = fc.oneof(
  fc.record({ field: fc.constant('tier'), value: fc.constantFrom(1, 2, 3, null) }),
  fc.record({ field: fc.constant('notes'), value: fc.constantFrom('', 'call', 'hold') }),
  fc.record({ field: fc.constant('tags'), value: fc.constantFrom([], ['fintech'], ['a', 'b']) }),
  fc.record({
    field: fc.constant('primaryTeam'),
    value: fc.constantFrom('sales', 'marketing', null),
  }),
);
const motionField = fc.oneof(
  fc.record({ field: fc.constant('start'), value: fc.constantFrom('2027-01-04', '2027-01-11') }),
  fc.record({ field: fc.constant('theme'), value: fc.constantFrom('ROI', 'Security', '') }),
  fc.record({
    field: fc.constant('audience'),
    value: fc.constantFrom(
      { tiers: [1], segments: [], match: 'all', include: [], exclude: [] },
      { tiers: [1, 2], segments: [], match: 'all', include: [], exclude: [] },
    ),
  }),
);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc
    .record({ index: fc.nat(9), f: accountField })
    .map(({ index, f }) => ({ kind: 'set', table: 'accounts', index, ...f }) as Op),
  fc
    .record({ index: fc.nat(9), f: motionField })
    .map(({ index, f }) => ({ kind: 'set', table: 'motions', index, ...f }) as Op),
  fc
    .constantFrom(2, 3, 4)
    .map(
      (value) =>
        ({ kind: 'set', table: 'settings', index: 0, field: 'weeklyTouchCap', value }) as Op,
    ),
  fc.nat(9).map((index) => ({ kind: 'add', index }) as Op),
  fc
    .record({ table: fc.constantFrom('accounts' as const, 'motions' as const), index: fc.nat(9) })
    .map((d) => ({ kind: 'delete', ...d }) as Op),
);

interface Copy {
  ws: StampedWorkspace;
  touched: Set<string>;
  deleted: Set<string>;
  added: Set<string>;
}

const id = (table: string, key: string, field?: string) =>
  JSON.stringify(field ? [table, key, field] : [table, key]);

function play(base: StampedWorkspace, side: string, ops: Op[], ticks: number[]): Copy {
  const { clock, advance } = testClock(side);
  const copy: Copy = { ws: base, touched: new Set(), deleted: new Set(), added: new Set() };
  ops.forEach((o, n) => {
    advance(ticks[n % ticks.length] ?? 0);
    copy.ws = edit(copy.ws, clock, (d) => {
      if (o.kind === 'add') {
        const key = `${side}-new-${n}`;
        d.accounts.push(makeAccount({ id: key, name: `New ${n}` }));
        copy.added.add(key);
      } else if (o.kind === 'delete') {
        const rows = d[o.table] as unknown as Row[];
        const row = rows[o.index % Math.max(rows.length, 1)];
        if (!row) return;
        rows.splice(rows.indexOf(row), 1);
        copy.deleted.add(id(o.table, String(row.id)));
      } else {
        const rows = tableRows(d, o.table);
        const row = rows[o.index % Math.max(rows.length, 1)];
        if (!row || JSON.stringify(row[o.field]) === JSON.stringify(o.value)) return;
        row[o.field] = structuredClone(o.value);
        copy.touched.add(id(o.table, rowKey(o.table, row), o.field));
      }
    });
  });
  return copy;
}

const rowOf = (data: WorkspaceData, table: string, key: string): Row | undefined =>
  tableRows(data, table as never).find((r) => rowKey(table as never, r) === key);

/** Every field's effective stamp and every tombstone, independent of how they are stored. */
function effectiveStamps(ws: StampedWorkspace): Record<string, string> {
  const out: Record<string, string> = {};
  for (const table of MERGE_TABLES) {
    for (const row of tableRows(ws.data, table)) {
      const key = rowKey(table, row);
      const rs = rowStamps(ws.sync, table, key);
      for (const f of Object.keys(row)) out[id(table, key, f)] = fieldStamp(rs, f);
    }
    for (const [key, s] of Object.entries(ws.sync.tombstones[table] ?? {}))
      out[`✝${id(table, key)}`] = s;
  }
  return out;
}

const scenario = fc.record({
  a: fc.array(op, { maxLength: 12 }),
  b: fc.array(op, { maxLength: 12 }),
  ticks: fc.array(fc.constantFrom(0, 0, 1, 3), { minLength: 1, maxLength: 5 }),
});

describe('merging random edits of two copies', () => {
  it('conflicts are exactly the fields changed on both sides, and deletions against edits', () => {
    fc.assert(
      fc.property(scenario, ({ a, b, ticks }) => {
        const base = baseWorkspace(6, 4);
        const A = play(base, 'a', a, ticks);
        const B = play(base, 'b', b, ticks);
        const expected = new Set<string>();
        for (const f of A.touched) {
          const [table, key, field] = JSON.parse(f) as [string, string, string];
          if (!B.touched.has(f) || A.deleted.has(id(table, key)) || B.deleted.has(id(table, key)))
            continue;
          const va = rowOf(A.ws.data, table, key)?.[field];
          const vb = rowOf(B.ws.data, table, key)?.[field];
          if (JSON.stringify(va) !== JSON.stringify(vb)) expected.add(f);
        }
        for (const [mine, other] of [
          [A, B],
          [B, A],
        ] as const) {
          for (const d of mine.deleted) {
            if (other.deleted.has(d)) continue;
            const [table, key] = JSON.parse(d) as [string, string];
            if (
              [...other.touched].some((f) =>
                f.startsWith(`${JSON.stringify([table, key]).slice(0, -1)},`),
              )
            )
              expected.add(d);
          }
        }
        const plan = planMerge(A.ws, B.ws);
        expect(new Set(plan.conflicts.map((c) => c.id))).toEqual(expected);
        expect(new Set(planMerge(B.ws, A.ws).conflicts.map((c) => c.id))).toEqual(expected);
      }),
      { numRuns: 300, seed: 19 },
    );
  });

  it('A into B equals B into A, merging twice changes nothing, and no change is lost', () => {
    fc.assert(
      fc.property(scenario, ({ a, b, ticks }) => {
        const base = baseWorkspace(6, 4);
        const A = play(base, 'a', a, ticks);
        const B = play(base, 'b', b, ticks);
        const intoA = applyMergeDecisions(
          planMerge(A.ws, B.ws),
          { all: 'theirs' },
          testClock('a', 2e12).clock,
        );
        const intoB = applyMergeDecisions(
          planMerge(B.ws, A.ws),
          { all: 'mine' },
          testClock('b', 2e12).clock,
        );
        if (!intoA.ok || !intoB.ok) throw new Error('undecided');
        const M = intoA.merged;
        // Commutative: the same workspace both ways (the conflicts decided for B both times).
        expect(canonical(intoB.merged.data)).toEqual(canonical(M.data));
        if (planMerge(A.ws, B.ws).conflicts.length === 0) {
          expect(effectiveStamps(intoB.merged)).toEqual(effectiveStamps(M));
          expect(intoB.merged.sync.versionVector).toEqual(M.sync.versionVector);
        }
        // Idempotent: merging B's file again finds nothing to do.
        const again = planMerge(M, B.ws);
        expect(again.conflicts).toEqual([]);
        for (const t of MERGE_TABLES) expect(again.outcomes[t], t).toEqual([]);
        // Converges: B merging the result asks nothing and ends with the same workspace.
        const back = applyMergeDecisions(planMerge(B.ws, M), {}, testClock('b', 2e12).clock);
        if (!back.ok) throw new Error('asked again');
        expect(canonical(back.merged.data)).toEqual(canonical(M.data));
        // Loses no change: each side's own edits and additions are in the result.
        for (const [copy, other] of [
          [A, B],
          [B, A],
        ] as const) {
          for (const key of copy.added) {
            if (copy.deleted.has(id('accounts', key))) continue; // added, then deleted again
            expect(rowOf(M.data, 'accounts', key), key).toBeDefined();
          }
          for (const f of copy.touched) {
            const [table, key, field] = JSON.parse(f) as [string, string, string];
            if (
              other.touched.has(f) ||
              other.deleted.has(id(table, key)) ||
              copy.deleted.has(id(table, key))
            )
              continue;
            expect(rowOf(M.data, table, key)?.[field], f).toEqual(
              rowOf(copy.ws.data, table, key)?.[field],
            );
          }
          for (const d of copy.deleted) {
            const [table, key] = JSON.parse(d) as [string, string];
            const editedElsewhere = [...other.touched].some((f) =>
              f.startsWith(`${JSON.stringify([table, key]).slice(0, -1)},`),
            );
            if (!editedElsewhere) expect(rowOf(M.data, table, key), d).toBeUndefined();
          }
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
