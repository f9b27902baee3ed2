// Their copy cut against my stamps (shared/merge/theirsDelta.ts: what the preview's theirs
// Worker sends the merge Worker) plans exactly as their whole copy: for random edits of two
// copies of a workspace whose rows are partly stamped, partly not (zero stamps).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyMergeDecisions } from '../../../shared/merge/applyMergeDecisions';
import { planMerge, type StampedWorkspace } from '../../../shared/merge/mergeWorkspaces';
import { cutTheirs, expandTheirs } from '../../../shared/merge/theirsDelta';
import { makeAccount } from '../workspace/fixtures';
import { baseWorkspace, canonical, edit, makeMotion, testClock } from './mergeFixtures';

type Op =
  | { kind: 'set'; index: number; value: string }
  | { kind: 'motion'; index: number; value: string }
  | { kind: 'add'; index: number }
  | { kind: 'delete'; index: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    index: fc.nat(11),
    value: fc.constantFrom('x', 'y'),
  }),
  fc.record({
    kind: fc.constant('motion' as const),
    index: fc.nat(5),
    value: fc.constantFrom('ROI', 'AI'),
  }),
  fc.record({ kind: fc.constant('add' as const), index: fc.nat(3) }),
  fc.record({ kind: fc.constant('delete' as const), index: fc.nat(11) }),
);

/** Four unstamped accounts (as migrated), then eight and three motions added with stamps. */
function stampedBase(): StampedWorkspace {
  const { clock } = testClock('o');
  return edit(baseWorkspace(4, 0), clock, (d) => {
    for (let i = 4; i < 12; i++) d.accounts.push(makeAccount({ id: `acc-${i}`, name: `A ${i}` }));
    for (let i = 0; i < 3; i++) d.motions.push(makeMotion({ id: `mot-${i}`, name: `M ${i}` }));
  });
}

function play(base: StampedWorkspace, side: string, ops: Op[]): StampedWorkspace {
  const { clock, advance } = testClock(side);
  let ws = base;
  ops.forEach((o, n) => {
    advance(1);
    ws = edit(ws, clock, (d) => {
      if (o.kind === 'add') d.accounts.push(makeAccount({ id: `${side}-${n}`, name: `N ${n}` }));
      else if (o.kind === 'delete') d.accounts.splice(o.index % Math.max(d.accounts.length, 1), 1);
      else if (o.kind === 'motion') {
        const m = d.motions[o.index % Math.max(d.motions.length, 1)];
        if (m) m.theme = o.value;
      } else {
        const a = d.accounts[o.index % Math.max(d.accounts.length, 1)];
        if (a) a.notes = o.value;
      }
    });
  });
  return ws;
}

/** The cut as the Worker sends it (a structured clone), expanded against mine. */
function viaDelta(mine: StampedWorkspace, theirs: StampedWorkspace): StampedWorkspace | null {
  const delta = structuredClone(cutTheirs(theirs, mine.sync, 7));
  return expandTheirs(delta, mine);
}

describe('their copy cut against my stamps', () => {
  it('plans and merges as their whole copy', () => {
    let passedSome = false;
    fc.assert(
      fc.property(fc.array(op, { maxLength: 10 }), fc.array(op, { maxLength: 10 }), (a, b) => {
        const base = stampedBase();
        const A = play(base, 'a', a);
        const B = play(base, 'b', b);
        for (const [mine, theirs] of [
          [A, B],
          [B, A],
        ] as const) {
          const expanded = viaDelta(mine, theirs);
          if (!expanded) throw new Error('not expanded');
          const whole = planMerge(mine, theirs);
          const cut = planMerge(mine, expanded);
          expect(cut.outcomes).toEqual(whole.outcomes);
          expect(cut.preview).toEqual(whole.preview);
          expect(cut.conflicts).toEqual(whole.conflicts);
          for (const all of ['mine', 'theirs'] as const) {
            const x = applyMergeDecisions(whole, { all }, testClock('m', 2e12).clock);
            const y = applyMergeDecisions(cut, { all }, testClock('m', 2e12).clock);
            if (!x.ok || !y.ok) throw new Error('undecided');
            expect(canonical(y.merged.data)).toEqual(canonical(x.merged.data));
            expect(y.merged.sync).toEqual(x.merged.sync);
          }
          if (cutTheirs(theirs, mine.sync, 7).passed > 0) passedSome = true;
        }
      }),
      { numRuns: 300, seed: 19 },
    );
    expect(passedSome).toBe(true);
  });

  it('sends the records whose stamps differ, or are zero, and keys for the rest', () => {
    const base = stampedBase();
    const A = play(base, 'a', [{ kind: 'set', index: 5, value: 'x' }]);
    const B = play(base, 'b', [{ kind: 'set', index: 6, value: 'y' }]);
    const delta = cutTheirs(B, A.sync, 7);
    const slots = delta.data.accounts as unknown[];
    // acc-0..3 unstamped (zero), acc-5 mine changed, acc-6 theirs changed: sent as rows.
    expect(slots.map((s) => (typeof s === 'string' ? s : 'row'))).toEqual([
      'row',
      'row',
      'row',
      'row',
      'acc-4',
      'row',
      'row',
      'acc-7',
      'acc-8',
      'acc-9',
      'acc-10',
      'acc-11',
    ]);
    expect(delta.passed).toBe(6 + 3);
    expect(Object.keys(delta.sync.stamps.accounts ?? {}).sort()).toEqual(['acc-5', 'acc-6']);
  });

  it('is not expanded against a store without the rows it passed over', () => {
    const base = stampedBase();
    const B = play(base, 'b', [{ kind: 'set', index: 6, value: 'y' }]);
    const delta = cutTheirs(B, base.sync, 7);
    const { clock } = testClock('a');
    const other = edit(base, clock, (d) => void d.accounts.splice(8, 1));
    expect(expandTheirs(delta, other)).toBeNull();
    expect(expandTheirs(delta, base)).not.toBeNull();
  });
});
