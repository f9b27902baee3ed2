/**
 * The planner's working copy of the plan: the engine's incremental index, kept current as
 * moves are made, plus what the constraints need (each motion's audience at the start, the
 * accounts it may never lose, the groups whose acceptance holds). Moves go through here so the
 * index and the motions the proposal describes never disagree.
 */
import {
  detectConflicts,
  listGroups,
  resolveAudiences,
  type ConflictGroup,
  type ConflictIndex,
} from '../conflicts';
import { shiftedIndex } from '../conflicts/shiftedIndex';
import { toDayNumber } from '../dates/calendarDate';
import type { Side } from '../domain/types';
import { shiftedAccountDates } from '../motions/accountDates';
import { acceptedGroupIds } from './conflictCounts';
import { constraintsOf, minimumShareOf } from './allowedWindow';
import { Pulse } from './progressPulse';
import type {
  DateShift,
  PlannerHooks,
  PlannerInput,
  PlannerMotion,
  PlannerOptions,
  ProposedChange,
} from './plannerTypes';

export class PlannerState {
  /** Progress and Cancel for every phase, on a time basis. */
  readonly pulse: Pulse;
  /** Replaced once, by reindex(), when the shifts are made. */
  index: ConflictIndex;
  private readonly audiences: Int32Array[];
  /** True when the input holds acceptances: only then are the groups listed (see `groups`). */
  readonly hasAcceptances: boolean;
  /**
   * The groups at the start, listed once, when some acceptance may hold one (else none:
   * listing them all is a second at 100,000 accounts, and the counts come from countSlots).
   */
  readonly groups: ConflictGroup[];
  /** Group ids whose acceptance holds at the start: their conflicts are left alone. */
  readonly accepted: Set<string>;
  /** Motions in an accepted block or warn group: moving their dates would void it. */
  readonly inAcceptedGroup = new Set<string>();
  /** Motions whose dates a retry keeps (their shift added too many warns). */
  noShift: ReadonlySet<string> = new Set();
  /**
   * Per motion id, the shifts (days from its own dates) a retry does not make: they put buyers
   * over the per-person touch cap (personPressureGuard.ts), or they left blocks no later move
   * could clear (proposePlan.ts). The motion may still move elsewhere.
   */
  noShiftBy: ReadonlyMap<string, ReadonlySet<number>> = new Map();
  /** Motions some of whose shifts are banned because they added person pressure. */
  pressureBanned: ReadonlySet<string> = new Set();
  private readonly startSize: number[];
  private readonly minimum: number[];
  private readonly neverExclude: Set<string>[];
  /** Per motion, the accounts the user's primary teams already take out of it. */
  private readonly mandated: Set<number>[];
  /** Per account, its primary team at the start (-1: none): only those are ever mandated. */
  private readonly primaryAtStart: Int8Array;
  /** Per motion, the accounts the planner chose to take out (what the share limits). */
  private readonly chosenExclusions: number[];

  constructor(
    readonly input: PlannerInput,
    readonly options: PlannerOptions,
    hooks: PlannerHooks,
  ) {
    this.pulse = new Pulse(hooks);
    const pulse = this.pulse;
    pulse.report('detect', 0, 1);
    const audiences = resolveAudiences(input.accounts, input.motions, () =>
      pulse.tick('detect', 0, 1),
    );
    this.audiences = audiences;
    this.index = detectConflicts({ ...input, audiences }, pulse.of('detect'));
    this.hasAcceptances = (input.acceptances?.length ?? 0) > 0;
    const groups = this.hasAcceptances
      ? listGroups(this.index, null, false, () => pulse.tick('detect', 1, 1))
      : [];
    this.groups = groups;
    this.accepted = acceptedGroupIds(groups, input);
    // An accepted info group may re-open (it counts toward neither blocks nor warns).
    for (const g of groups)
      if (this.accepted.has(g.id) && g.severity !== 'info')
        for (const id of g.motionIds) this.inAcceptedGroup.add(id);
    const global = new Set(options.neverExclude);
    const plan = this.index.plan;
    this.primaryAtStart = Int8Array.from(plan.aPrimary.subarray(0, input.accounts.length));
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

  /** True when a primary team the user set takes account `i` out of motion `m` anyway. */
  mandatedOut(m: number, i: number): boolean {
    // Most accounts have no primary team: no set to look in (the overlap model asks for each
    // account of every motion).
    if (this.primaryAtStart[i]! < 0) return false;
    return this.mandated[m]?.has(i) ?? false;
  }

  /**
   * The engine's index of the plan with `shifts` made: the index as it was, moved in place
   * (shiftedIndex.ts: the moved motions' accounts re-sorted and every class counted again),
   * instead of an incremental update per shifted motion (each re-sweeps the motion's whole
   * audience) or a second detection (compiling the plan and finding the classes again).
   */
  reindex(shifts: readonly ProposedChange[]): void {
    if (shifts.length === 0) return;
    const to = new Map<string, DateShift>();
    for (const c of shifts) if (c.kind === 'shift') to.set(c.motionId, c.to);
    const moved = new Map<number, PlannerMotion>();
    this.input.motions.forEach((m, k) => {
      const dates = to.get(m.id);
      if (!dates) return;
      if (!m.accountDates) return moved.set(k, { ...m, ...dates });
      const days = toDayNumber(dates.start) - toDayNumber(m.start);
      moved.set(k, { ...m, ...dates, accountDates: shiftedAccountDates(m.accountDates, days) });
    });
    this.index = shiftedIndex(this.index, moved, this.pulse.of('shift'));
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

  /**
   * Takes account `i` out of motion `m` in the working index (that account re-swept only);
   * the proposal's exclude change puts it on the motion's exclude list when applied.
   */
  exclude(m: number, i: number): void {
    if (!this.mandated[m]?.has(i)) this.chosenExclusions[m]!++;
    this.index.leaveMotion(i, m);
  }

  setPrimary(i: number, side: Side): void {
    this.index.updateAccount({ ...this.index.plan.accounts[i]!, primaryTeam: side });
  }
}
