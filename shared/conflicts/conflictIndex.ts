/**
 * ConflictIndex: the result of a detection run that can be kept up to date (the counts it
 * holds and the full detection are IndexCounts, indexCounts.ts). Changing one motion re-sweeps
 * only the accounts in its old or new audience: each is swept out (its counts subtracted), the
 * plan is changed, and it is swept back in.
 */
import { IndexCounts } from './indexCounts';
import type { RecordDelta } from './recordDelta';
import type { AudienceMembers, ConflictAccount, ConflictMotion } from './types';

export { IndexCounts, type ProgressListener, type SweepRecorder } from './indexCounts';
export { recordDelta, type RecordDelta } from './recordDelta';

const EMPTY = new Int32Array(0);

export class ConflictIndex extends IndexCounts {
  private stamp = new Uint32Array(this.plan.accounts.length);
  private stampGen = 0;
  /** Accounts leaveMotion() took out of each motion, not yet out of its audience array. */
  private readonly leftOut = new Map<number, Set<number>>();
  /** True until an update changes the plan (shiftedIndex() reuses only such an index). */
  pristine = true;
  /** The account whose sweeps wait for settle() (see deferSweeps), or −1. */
  private deferred = -1;
  /** Its records when they began to wait (what the counts still hold for it). */
  private deferredRecords: Int32Array = EMPTY;

  /**
   * From now until settle(), account `i`'s changes (leaveMotion, narrowOn, updateAccount)
   * edit only the plan, and settle() sweeps it once: the planner replays a twin's steps on an
   * account, and one sweep at the end does what a sweep before and after every step did. The
   * account's counts, over-cap weeks and conflicts in the groups are stale until then; any
   * other update settles first. `records`: the account's records now, when the caller has
   * them (recordsOf() of an identical account); else it is swept for them.
   */
  deferSweeps(i: number, records?: Int32Array): void {
    this.pristine = false;
    this.settle();
    this.deferredRecords = records ?? this.recordsOf(i);
    this.deferred = i;
  }

  /** Sweeps the account deferSweeps() let wait: its old records out, its records now in. */
  settle(): void {
    const i = this.deferred;
    if (i < 0) return;
    this.deferred = -1;
    const was = this.deferredRecords;
    this.deferredRecords = EMPTY;
    this.applyRecords(i, -1, was, was.length);
    this.pressureWeeks[i] = null;
    this.personWeeks[i] = null;
    this.sweep(i, 1);
  }

  /**
   * settle() for an account that took the same steps as `twin`, an account that had the same
   * inputs and records when the steps began (a class's first account, see twins.ts): it now
   * has the records `twin` has, so only `delta` — the records the steps took away and added,
   * recordDelta() of the two — changes the counts, with no sweep. The planner replays a
   * class's steps on tens of thousands of accounts; sweeping each of them was a fifth of its
   * exclusions.
   */
  settleAs(twin: number, delta: RecordDelta): void {
    const i = this.deferred;
    if (i < 0) return;
    if (this.recorder) return this.settle(); // a preview sees every record swept out and in
    this.deferred = -1;
    this.deferredRecords = EMPTY;
    this.applyRecords(i, -1, delta.removed, delta.removed.length);
    this.applyRecords(i, 1, delta.added, delta.added.length);
    this.accountCounts[i] = this.accountCounts[twin]!;
    this.pressureWeeks[i] = this.pressureWeeks[twin] ?? null;
    this.personWeeks[i] = this.personWeeks[twin] ?? null;
  }

  /**
   * Replaces (or adds, or with `motion` null removes) one motion and its resolved audience, and
   * re-sweeps only the accounts in its old or new audience. Returns how many were re-swept.
   */
  updateMotion(
    id: string,
    motion: ConflictMotion | null,
    audience: AudienceMembers | null,
  ): number {
    this.pristine = false;
    this.settle();
    this.flushLeftOut();
    const plan = this.plan;
    let m = this.motionIndex.get(id);
    if (m === undefined) {
      if (!motion) return 0;
      m = plan.motionCount;
      plan.motions.push(null);
      plan.audiences.push(EMPTY);
      this.motionIndex.set(id, m);
      this.groups.ensurePairCapacity(m + 1);
    }
    const oldAudience = plan.audiences[m] ?? EMPTY;
    const newAudience = motion && audience ? audience : EMPTY;
    const liveBefore = plan.mLive[m] === 1;
    const inNew = this.nextStamp();
    const affected: number[] = [];
    for (let j = 0; j < newAudience.length; j++) {
      const a = newAudience[j]!;
      this.stamp[a] = inNew;
      affected.push(a);
    }
    const seen = this.nextStamp();
    for (let j = 0; j < oldAudience.length; j++) {
      const a = oldAudience[j]!;
      if (this.stamp[a] === inNew) continue;
      this.stamp[a] = seen;
      affected.push(a);
    }
    for (const a of affected) this.sweepForMotion(a, m, -1);
    plan.setMotionFields(m, motion);
    plan.audiences[m] = newAudience;
    this.scratch.fit(plan.minWeek, plan.maxWeek);
    for (const a of affected) {
      plan.setMembership(a, m, this.stamp[a] === inNew);
      this.sweepForMotion(a, m, 1);
    }
    this.detachMoved(oldAudience, liveBefore, newAudience, plan.mLive[m] === 1);
    if (!motion) this.motionIndex.delete(id);
    return affected.length;
  }

  /**
   * Replaces one account's fields (status, tier, tags, primary team) and re-sweeps it.
   * `memberOf` lists the positions of the motions whose audience now holds it; leave it out
   * when the change cannot move the account in or out of an audience (a primary team).
   */
  updateAccount(account: ConflictAccount, memberOf?: readonly number[]): void {
    this.pristine = false;
    // Only a change of membership edits the audience arrays; the sweep reads the lists, which
    // leaveMotion() keeps current (the planner sets thousands of primary teams between flushes).
    if (memberOf) this.flushLeftOut();
    const plan = this.plan;
    const i = plan.accountIndex.get(account.id);
    if (i === undefined) throw new Error(`Unknown account ${account.id}`);
    if (memberOf || i !== this.deferred) this.settle();
    const swept = i !== this.deferred;
    this.twinClass[i] = -1;
    if (swept) {
      this.sweep(i, -1);
      this.pressureWeeks[i] = null;
      this.personWeeks[i] = null;
    }
    plan.setAccountFields(i, account);
    plan.refreshAccountBlackouts(i);
    if (memberOf) {
      // Only live motions are in the lists; an aborted motion's audience is re-resolved anyway
      // when it comes back, so its stored audience may stay as it is.
      const before = new Set(plan.lists[i] ?? []);
      const now = new Set(memberOf.filter((m) => plan.mLive[m] === 1));
      for (const m of new Set([...before, ...now])) {
        const has = now.has(m);
        if (has === before.has(m)) continue;
        const next = Array.from(plan.audiences[m] ?? EMPTY).filter((x) => x !== i);
        if (has) next.push(i);
        plan.audiences[m] = Int32Array.from(next);
        plan.setMembership(i, m, has);
      }
    }
    if (swept) this.sweep(i, 1);
  }

  /**
   * Takes account `i` out of motion `m`'s audience and re-sweeps that account only — what the
   * planner does for each exclusion, where updateMotion would re-sweep the whole audience. The
   * motion's audience array is compacted by flushLeftOut() (once for many exclusions); until
   * then only the per-account lists, which every sweep reads, are current.
   */
  leaveMotion(i: number, m: number): void {
    this.pristine = false;
    if (i !== this.deferred) this.settle();
    const swept = i !== this.deferred;
    // Only the records that involve m, and the weekly pressure, change.
    if (swept) this.sweepForMotion(i, m, -1);
    this.plan.setMembership(i, m, false);
    this.twinClass[i] = -1; // its motion list changed: it is no longer its class's twin
    let out = this.leftOut.get(m);
    if (!out) this.leftOut.set(m, (out = new Set()));
    out.add(i);
    if (swept) this.sweepForMotion(i, m, 1);
  }

  /**
   * Gives account `i` its own days `first`–`last` of motion `m` (narrower than the motion's: a
   * staggered wave, a hand-over) and re-sweeps that account only, as leaveMotion() does. The
   * motion's accountDates are written when the planner's change is applied.
   */
  narrowOn(i: number, m: number, first: number, last: number): void {
    this.pristine = false;
    if (i !== this.deferred) this.settle();
    const swept = i !== this.deferred;
    if (swept) {
      this.sweep(i, -1);
      this.pressureWeeks[i] = null;
      this.personWeeks[i] = null;
    }
    this.plan.setOwnRange(i, m, first, last);
    this.plan.setMembership(i, m, true); // in the order of its own start, or out with no day
    this.twinClass[i] = -1;
    if (swept) this.sweep(i, 1);
  }

  /**
   * Brings the audiences of the motions leaveMotion() changed up to date. `onProgress` hears
   * after each motion (at 100,000 accounts the planner's thousands of exclusions leave
   * audiences of tens of thousands to filter, too long for one stretch without a report).
   */
  flushLeftOut(onProgress?: () => void): void {
    for (const [m, out] of this.leftOut) {
      onProgress?.();
      const audience = this.plan.audiences[m];
      if (audience) this.plan.audiences[m] = audience.filter((a) => !out.has(a));
    }
    this.leftOut.clear();
  }

  /**
   * Accounts whose list gains or loses the motion no longer match their class; those whose
   * list keeps it (or never had it) all see the same change, so their classes still hold. An
   * audience of a motion that does not run is in no list.
   */
  private detachMoved(
    oldAudience: AudienceMembers,
    liveBefore: boolean,
    newAudience: AudienceMembers,
    liveAfter: boolean,
  ): void {
    if (!liveBefore || !liveAfter) {
      const moved = liveBefore ? oldAudience : liveAfter ? newAudience : EMPTY;
      for (let j = 0; j < moved.length; j++) this.twinClass[moved[j]!] = -1;
      return;
    }
    const inOld = this.nextStamp();
    for (let j = 0; j < oldAudience.length; j++) this.stamp[oldAudience[j]!] = inOld;
    const inBoth = this.nextStamp();
    for (let j = 0; j < newAudience.length; j++) {
      const a = newAudience[j]!;
      if (this.stamp[a] === inOld) this.stamp[a] = inBoth;
      else this.twinClass[a] = -1;
    }
    for (let j = 0; j < oldAudience.length; j++) {
      const a = oldAudience[j]!;
      if (this.stamp[a] !== inBoth) this.twinClass[a] = -1;
    }
  }

  private nextStamp(): number {
    if (this.stampGen >= 0xfffffff0) {
      this.stamp.fill(0);
      this.stampGen = 0;
    }
    return ++this.stampGen;
  }
}
