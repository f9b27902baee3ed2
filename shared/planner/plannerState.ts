/**
 * The planner's working copy of the plan: the engine's incremental index, kept current as
 * moves are made, plus what the constraints need (each motion's audience at the start, the
 * accounts it may never lose, the groups whose acceptance holds). Moves go through here so the
 * index and the motions the proposal describes never disagree.
 */
import { detectConflicts, listGroups, resolveAudiences, type ConflictIndex } from '../conflicts';
import type { ConflictMotion } from '../conflicts/types';
import type { Side } from '../domain/types';
import { acceptedGroupIds } from './conflictCounts';
import { constraintsOf, minimumShareOf } from './allowedWindow';
import type { PlannerHooks, PlannerInput, PlannerMotion, PlannerOptions } from './plannerTypes';

export class PlannerState {
  readonly index: ConflictIndex;
  /** Group ids whose acceptance holds at the start: their conflicts are left alone. */
  readonly accepted: Set<string>;
  /** Motions in an accepted block or warn group: moving their dates would void it. */
  readonly inAcceptedGroup = new Set<string>();
  /** Motions whose dates a retry keeps (their shift added too many warns). */
  noShift: ReadonlySet<string> = new Set();
  private readonly startSize: number[];
  private readonly minimum: number[];
  private readonly neverExclude: Set<string>[];
  /** Per motion, the accounts the user's primary teams already take out of it. */
  private readonly mandated: Set<number>[];
  /** Per motion, the accounts the planner chose to take out (what the share limits). */
  private readonly chosenExclusions: number[];

  constructor(
    readonly input: PlannerInput,
    readonly options: PlannerOptions,
    hooks: PlannerHooks,
  ) {
    const audiences = resolveAudiences(input.accounts, input.motions);
    this.index = detectConflicts(
      { ...input, audiences },
      hooks.onProgress && ((done, total) => hooks.onProgress?.({ phase: 'detect', done, total })),
    );
    const groups = listGroups(this.index, null, false);
    this.accepted = acceptedGroupIds(groups, input);
    // An accepted info group may re-open (it counts toward neither blocks nor warns).
    for (const g of groups)
      if (this.accepted.has(g.id) && g.severity !== 'info')
        for (const id of g.motionIds) this.inAcceptedGroup.add(id);
    const global = new Set(options.neverExclude);
    const plan = this.index.plan;
    // A direct motion may never reach an account whose user-set primary team is the other
    // side: taking it out enforces the user's decision and does not count against the share.
    this.mandated = input.motions.map((_, m) => {
      const out = new Set<number>();
      if (!plan.mLive[m] || !plan.mDirect[m]) return out;
      for (const i of audiences[m] ?? []) {
        const primary = plan.aPrimary[i]!;
        if (primary >= 0 && primary !== plan.mSide[m]) out.add(i);
      }
      return out;
    });
    this.startSize = audiences.map((a, m) => a.length - this.mandated[m]!.size);
    this.minimum = input.motions.map((m, k) => {
      return Math.ceil(minimumShareOf(m, options) * this.startSize[k]! - 1e-9);
    });
    this.chosenExclusions = input.motions.map(() => 0);
    this.neverExclude = input.motions.map(
      (m) => new Set([...global, ...(constraintsOf(m).neverExclude ?? [])]),
    );
  }

  motionAt(m: number): PlannerMotion {
    const motion = this.index.plan.motions[m];
    if (!motion) throw new Error(`No motion at position ${m}`);
    return motion as PlannerMotion;
  }

  /** The accounts motion `m` may reach at the start (its minimum share is of these). */
  reachableAtStart(m: number): number {
    return this.startSize[m] ?? 0;
  }

  minimumOf(m: number): number {
    return this.minimum[m] ?? 0;
  }

  /** Why account `i` cannot leave motion `m`, or null when it can. */
  exclusionBlocked(m: number, i: number, alsoLeaving = 0): string | null {
    const accountId = this.index.plan.accounts[i]!.id;
    if (this.neverExclude[m]?.has(accountId)) return 'never-exclude';
    if (this.mandated[m]?.has(i)) return null;
    const kept = this.reachableAtStart(m) - this.chosenExclusions[m]! - 1 - alsoLeaving;
    if (kept < this.minimumOf(m)) return 'minimum';
    return null;
  }

  moveDates(m: number, start: string, end: string): void {
    const motion = { ...this.motionAt(m), start, end };
    this.index.updateMotion(motion.id, motion, this.index.plan.audiences[m]!);
  }

  /** Takes account `i` out of motion `m`: off its include list, onto its exclude list. */
  exclude(m: number, i: number): void {
    const motion = this.motionAt(m);
    const id = this.index.plan.accounts[i]!.id;
    const audience = motion.audience;
    const next: ConflictMotion = {
      ...motion,
      audience: {
        ...audience,
        include: audience.include.filter((x) => x !== id),
        exclude: audience.exclude.includes(id) ? audience.exclude : [...audience.exclude, id],
      },
    };
    if (!this.mandated[m]?.has(i)) this.chosenExclusions[m]!++;
    const members = Int32Array.from(this.index.plan.audiences[m] ?? []).filter((x) => x !== i);
    this.index.updateMotion(motion.id, next, members);
  }

  setPrimary(i: number, side: Side): void {
    this.index.updateAccount({ ...this.index.plan.accounts[i]!, primaryTeam: side });
  }
}
