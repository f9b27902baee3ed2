// The planner worker's progress (issue 15): never more than one message per 50 ms within a
// phase, but a new phase and a phase's end always shown, and the last progress sent again
// whenever the planner polls for Cancel 50 ms or more after the last message, so the bar never
// stalls for much longer than the planner's own gap between polls.
import { describe, expect, it } from 'vitest';
import type { PlannerProgress } from '../../../shared/planner';
import { progressHooks, progressOf } from '../../../renderer/src/features/planner/progressHooks';

function harness(cancelled = false) {
  let t = 0;
  const sent: [number, PlannerProgress][] = [];
  const hooks = progressHooks({
    emit: (p) => sent.push([t, p]),
    isCancelled: () => cancelled,
    now: () => t,
  });
  return { hooks, sent, at: (ms: number) => (t = ms) };
}

describe('the planner’s progress hooks', () => {
  it('sends at most one progress every 50 ms within a phase', () => {
    const { hooks, sent, at } = harness();
    for (let ms = 0; ms < 200; ms += 10) {
      at(ms);
      hooks.onProgress?.({ phase: 'shift', done: ms, total: 1000 });
    }
    expect(sent.map(([ms]) => ms)).toEqual([0, 50, 100, 150]);
  });

  it('always sends a new phase and the end of one', () => {
    const { hooks, sent, at } = harness();
    at(0);
    hooks.onProgress?.({ phase: 'detect', done: 0, total: 2 });
    at(1);
    hooks.onProgress?.({ phase: 'detect', done: 2, total: 2 });
    at(2);
    hooks.onProgress?.({ phase: 'shift', done: 0, total: 5 });
    expect(sent.map(([, p]) => `${p.phase} ${p.done}`)).toEqual([
      'detect 0',
      'detect 2',
      'shift 0',
    ]);
  });

  it('repeats the last progress when the planner polls after a long quiet step', () => {
    const { hooks, sent, at } = harness();
    at(0);
    hooks.onProgress?.({ phase: 'exclude', done: 3, total: 10 });
    at(30);
    expect(hooks.isCancelled?.()).toBe(false);
    expect(sent).toHaveLength(1);
    at(60);
    hooks.isCancelled?.();
    at(320);
    hooks.isCancelled?.();
    expect(sent.map(([ms]) => ms)).toEqual([0, 60, 320]);
    expect(sent[2]![1]).toEqual({ phase: 'exclude', done: 3, total: 10 });
  });

  it('passes Cancel through', () => {
    expect(harness(true).hooks.isCancelled?.()).toBe(true);
  });

  it('maps the phases onto one bar from 0 to 1', () => {
    expect(progressOf({ phase: 'detect', done: 0, total: 10 }).fraction).toBe(0);
    expect(progressOf({ phase: 'shift', done: 5, total: 10 }).fraction).toBeCloseTo(0.4);
    expect(progressOf({ phase: 'count', done: 1, total: 1 }).fraction).toBe(1);
    expect(progressOf({ phase: 'exclude', done: 0, total: 0 }).label).toBe('Choosing exclusions');
  });
});
