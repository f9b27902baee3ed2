/**
 * Progress and Cancel on a time basis: the planner's long loops call tick() as often as they
 * like (it only reads the clock), and the hooks hear from it whenever `everyMs` passed since
 * it last reported — so a Worker shows progress and sees Cancel every few tens of
 * milliseconds whatever the size of the plan, not every N accounts or motions. What it reports
 * never changes what the planner proposes.
 */
import { PlanCancelled, type PlannerHooks, type PlannerProgress } from './plannerTypes';

type Phase = PlannerProgress['phase'];

export class Pulse {
  private last = -Infinity;

  constructor(
    private readonly hooks: PlannerHooks,
    private readonly everyMs = 40,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Reports when `everyMs` passed since the last report; throws PlanCancelled on Cancel. */
  tick(phase: Phase, done: number, total: number): void {
    if (this.now() - this.last >= this.everyMs) this.report(phase, done, total);
  }

  /** Reports now (a phase starts or ends); throws PlanCancelled on Cancel. */
  report(phase: Phase, done: number, total: number): void {
    this.last = this.now();
    if (this.hooks.isCancelled?.()) throw new PlanCancelled();
    this.hooks.onProgress?.({ phase, done, total });
  }

  /** A tick for a loop that knows only its own phase: (done, total) from the engine. */
  of(phase: Phase): (done: number, total: number) => void {
    return (done, total) => this.tick(phase, done, total);
  }
}
