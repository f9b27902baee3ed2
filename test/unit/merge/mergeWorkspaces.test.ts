// Two managers edit copies of one workspace and merge them: each side's changes arrive, the
// fields both changed are asked about, and deletions against edits ask too.
import { describe, expect, it } from 'vitest';
import { applyMergeDecisions } from '../../../shared/merge/applyMergeDecisions';
import {
  compareStamps,
  createHlc,
  formatStamp,
  parseStamp,
  ZERO_STAMP,
} from '../../../shared/merge/hlc';
import { conflictId, planMerge } from '../../../shared/merge/mergeWorkspaces';
import { makeAccount } from '../workspace/fixtures';
import { baseWorkspace, canonical, edit, testClock } from './mergeFixtures';

describe('hybrid logical clock', () => {
  it('orders stamps by wall time, then counter, and never goes back with the wall clock', () => {
    let t = 5000;
    const clock = createHlc('laptop-a', () => t);
    const first = clock.tick();
    const second = clock.tick();
    t = 1000; // the wall clock steps back
    const third = clock.tick();
    expect(compareStamps(first, second)).toBe(-1);
    expect(compareStamps(second, third)).toBe(-1);
    expect(parseStamp(third)).toEqual({ wall: 5000, counter: 2, installationId: 'laptop-a' });
    expect(ZERO_STAMP < first).toBe(true);
  });

  it('ticks after a stamp it received from another installation', () => {
    const clock = createHlc('a', () => 10);
    clock.receive(formatStamp({ wall: 99, counter: 7, installationId: 'b' }));
    expect(parseStamp(clock.tick())).toEqual({ wall: 99, counter: 8, installationId: 'a' });
  });
});

describe('merging two copies', () => {
  it('takes a field changed on one side only, and asks about one changed on both', () => {
    const base = baseWorkspace();
    const a = testClock('a');
    const b = testClock('b');
    let mine = edit(base, a.clock, (d) => {
      d.motions[0]!.start = '2027-01-11';
      d.accounts[1]!.tier = 1;
    });
    const theirs = edit(base, b.clock, (d) => {
      d.motions[0]!.end = '2027-03-05';
      d.accounts[1]!.tier = 3;
      d.blackouts.push({
        id: 'bl-1',
        scope: { kind: 'everyone' },
        start: '2027-02-01',
        end: '2027-02-02',
        reason: 'Holidays',
      });
    });
    const plan = planMerge(mine, theirs);
    expect(plan.preview.motions.changed).toEqual([{ key: 'mot-0', fields: ['end'] }]);
    expect(plan.preview.blackouts.added).toEqual(['bl-1']);
    expect(plan.conflicts.map((c) => c.id)).toEqual([conflictId('accounts', 'acc-1', 'tier')]);
    expect(applyMergeDecisions(plan, {}, a.clock)).toMatchObject({
      ok: false,
      undecided: [{ field: 'tier' }],
    });

    const done = applyMergeDecisions(
      plan,
      { fields: { [conflictId('accounts', 'acc-1', 'tier')]: 'theirs' } },
      a.clock,
    );
    if (!done.ok) throw new Error('undecided');
    mine = done.merged;
    expect(mine.data.motions[0]).toMatchObject({ start: '2027-01-11', end: '2027-03-05' });
    expect(mine.data.accounts[1]!.tier).toBe(3);
    // Merging the result back into theirs asks nothing and gives the same workspace.
    const back = applyMergeDecisions(planMerge(theirs, mine), {}, b.clock);
    if (!back.ok) throw new Error('asked again');
    expect(canonical(back.merged.data)).toEqual(canonical(mine.data));
  });

  it('a decision for mine wins when the colleague merges the result back', () => {
    const base = baseWorkspace();
    const a = testClock('a');
    const b = testClock('b');
    const mine = edit(base, a.clock, (d) => void (d.accounts[0]!.owner = 'Ana'));
    const theirs = edit(base, b.clock, (d) => void (d.accounts[0]!.owner = 'Ben'));
    const done = applyMergeDecisions(planMerge(mine, theirs), { all: 'mine' }, a.clock);
    if (!done.ok) throw new Error('undecided');
    const back = planMerge(theirs, done.merged);
    expect(back.conflicts).toEqual([]);
    expect(back.preview.accounts.changed).toEqual([{ key: 'acc-0', fields: ['owner'] }]);
  });

  it('a deletion against an edit asks; a deletion of an untouched record removes it', () => {
    const base = baseWorkspace();
    const a = testClock('a');
    const b = testClock('b');
    const mine = edit(base, a.clock, (d) => void (d.accounts[2]!.notes = 'keep warm'));
    const theirs = edit(base, b.clock, (d) => {
      d.accounts = d.accounts.filter((x) => x.id !== 'acc-2' && x.id !== 'acc-3');
    });
    const plan = planMerge(mine, theirs);
    expect(plan.preview.accounts.removed).toEqual(['acc-3']);
    expect(plan.conflicts).toMatchObject([{ kind: 'deletion', key: 'acc-2', deletedBy: 'theirs' }]);
    const kept = applyMergeDecisions(
      plan,
      { records: { [conflictId('accounts', 'acc-2')]: 'mine' } },
      a.clock,
    );
    if (!kept.ok) throw new Error('undecided');
    expect(kept.merged.data.accounts.map((x) => x.id)).toEqual(['acc-0', 'acc-1', 'acc-2']);
    // The colleague merging it back gets the kept record without being asked again.
    const back = planMerge(theirs, kept.merged);
    expect(back.conflicts).toEqual([]);
    expect(back.preview.accounts.added).toEqual(['acc-2']);
  });

  it('"theirs for all motions of team X" decides only that team\'s motions', () => {
    const base = baseWorkspace(1, 2); // mot-0 Marketing Ops, mot-1 Sales Ops
    const a = testClock('a');
    const b = testClock('b');
    const mine = edit(base, a.clock, (d) => d.motions.forEach((m) => (m.theme = 'mine')));
    const theirs = edit(base, b.clock, (d) => d.motions.forEach((m) => (m.theme = 'theirs')));
    const plan = planMerge(mine, theirs);
    const partial = applyMergeDecisions(
      plan,
      { motionsOfTeam: { 'Marketing Ops': 'theirs' } },
      a.clock,
    );
    expect(partial).toMatchObject({ ok: false, undecided: [{ key: 'mot-1' }] });
    const done = applyMergeDecisions(
      plan,
      { motionsOfTeam: { 'Marketing Ops': 'theirs', 'Sales Ops': 'mine' } },
      a.clock,
    );
    if (!done.ok) throw new Error('undecided');
    expect(done.merged.data.motions.map((m) => m.theme)).toEqual(['theirs', 'mine']);
  });

  it('two unstamped copies that differ conflict; an edit on one side of an unstamped row wins', () => {
    const base = baseWorkspace(2, 0);
    const other = structuredClone(base);
    other.data.accounts[0]!.name = 'Renamed elsewhere';
    expect(planMerge(base, other).conflicts).toMatchObject([{ key: 'acc-0', field: 'name' }]);
    const a = testClock('a');
    const edited = edit(base, a.clock, (d) => void (d.accounts[1]!.name = 'New name'));
    const plan = planMerge(structuredClone(base), edited);
    expect(plan.conflicts).toEqual([]);
    expect(plan.preview.accounts.changed).toEqual([{ key: 'acc-1', fields: ['name'] }]);
  });
});

describe('record keys that are names of Object.prototype', () => {
  it('an account with the id "__proto__" or "constructor" merges like any other', () => {
    const base = baseWorkspace(0, 0);
    const a = testClock('a');
    const b = testClock('b');
    const mine = edit(
      base,
      a.clock,
      (d) => void d.accounts.push(makeAccount({ id: 'constructor' })),
    );
    const theirs = edit(
      base,
      b.clock,
      (d) => void d.accounts.push(makeAccount({ id: '__proto__' })),
    );
    const plan = planMerge(mine, theirs);
    expect(plan.preview.accounts.added).toEqual(['__proto__']);
    const done = applyMergeDecisions(plan, {}, a.clock);
    if (!done.ok) throw new Error('undecided');
    expect(done.merged.data.accounts.map((x) => x.id)).toEqual(['constructor', '__proto__']);
    expect(Object.keys(done.merged.sync.stamps.accounts ?? {})).toEqual([
      'constructor',
      '__proto__',
    ]);
    const deleted = edit(done.merged, a.clock, (d) => void (d.accounts = []));
    expect(Object.keys(deleted.sync.tombstones.accounts ?? {}).sort()).toEqual([
      '__proto__',
      'constructor',
    ]);
  });
});
