// The planner's progress on a time basis (issue 15): a long loop may tick as often as it likes;
// the hooks hear from it once the interval passed (so a Worker's bar moves and Cancel is seen
// within tens of milliseconds whatever the plan's size), and Cancel stops the run.
import { describe, expect, it } from 'vitest';
import { PlanCancelled, type PlannerProgress } from '../../../shared/planner';
import { Pulse } from '../../../shared/planner/progressPulse';

describe('the planner pulse', () => {
  it('reports on ticks only once the interval passed, and always on report()', () => {
    let now = 0;
    const heard: PlannerProgress[] = [];
    let polls = 0;
    const pulse = new Pulse(
      { onProgress: (p) => heard.push(p), isCancelled: () => (polls++, false) },
      40,
      () => now,
    );
    pulse.report('detect', 0, 1);
    for (let k = 0; k < 1000; k++) pulse.tick('detect', k, 1000);
    expect(heard).toHaveLength(1);
    now = 39;
    pulse.tick('detect', 5, 10);
    expect(heard).toHaveLength(1);
    now = 40;
    pulse.tick('shift', 6, 10);
    expect(heard.at(-1)).toEqual({ phase: 'shift', done: 6, total: 10 });
    pulse.report('exclude', 0, 5);
    expect(heard).toHaveLength(3);
    expect(polls).toBe(3);
  });

  it('stops the run with PlanCancelled when Cancel was asked', () => {
    let now = 0;
    let cancelled = false;
    const pulse = new Pulse({ isCancelled: () => cancelled }, 40, () => now);
    pulse.tick('exclude', 1, 2);
    cancelled = true;
    now = 10;
    expect(() => pulse.tick('exclude', 1, 2)).not.toThrow();
    now = 50;
    expect(() => pulse.tick('exclude', 1, 2)).toThrow(PlanCancelled);
  });
});
