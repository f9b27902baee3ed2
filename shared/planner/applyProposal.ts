/**
 * A proposal, or the changes a user ticked, applied to the rows: new motions (dates, exclude
 * lists, accounts' own days: waves and hand-overs), accounts (primary team) and acceptances (fingerprints refreshed for the groups the
 * proposal keeps accepted). Budgets, blackouts and settings are never touched. The counts
 * for a ticked subset come from running the engine on the rows that result.
 */
import { detectConflicts, resolveAudiences } from '../conflicts';
import { groupFingerprint } from '../conflicts/acceptance';
import type { ConflictAcceptance } from '../domain/types';
import { shiftedAccountDates, withAccountDays } from '../motions/accountDates';
import { countIndex } from './conflictCounts';
import type {
  ConflictCounts,
  PlannerAccount,
  PlannerInput,
  PlannerMotion,
  PlanProposal,
  ProposedChange,
} from './plannerTypes';

export interface AppliedPlan<A extends PlannerAccount, M extends PlannerMotion> {
  accounts: A[];
  motions: M[];
  acceptances: ConflictAcceptance[];
  /** Ids of the rows that changed, so a caller can write only those (one undo step). */
  changedMotionIds: string[];
  changedAccountIds: string[];
}

function stamped<T extends object>(row: T, now: string | undefined): T {
  return now !== undefined && 'updatedAt' in row ? { ...row, updatedAt: now } : row;
}

function withoutAccounts<M extends PlannerMotion>(motion: M, ids: Iterable<string>): M {
  const out = new Set(ids);
  const exclude = [...motion.audience.exclude];
  const listed = new Set(exclude);
  for (const id of out) if (!listed.has(id)) exclude.push(id);
  return {
    ...motion,
    audience: {
      ...motion.audience,
      include: motion.audience.include.filter((id) => !out.has(id)),
      exclude,
    },
  };
}

function withDates<M extends PlannerMotion>(
  motion: M,
  to: { start: string; end: string },
  accountDates: M['accountDates'],
): M {
  const moved = { ...motion, start: to.start, end: to.end };
  return accountDates === undefined ? moved : { ...moved, accountDates };
}

/** `accepted`: the ids of the changes to apply (all of them when left out). */
export function applyProposal<A extends PlannerAccount, M extends PlannerMotion>(
  input: PlannerInput<A, M>,
  proposal: Pick<PlanProposal, 'changes' | 'keptAcceptances'>,
  accepted?: ReadonlySet<string>,
  now?: string,
  onProgress?: () => void,
): AppliedPlan<A, M> {
  const chosen = proposal.changes.filter((c) => !accepted || accepted.has(c.id));
  const motions = new Map(input.motions.map((m) => [m.id, m]));
  const accounts = new Map(input.accounts.map((a) => [a.id, a]));
  const changedMotions = new Set<string>();
  const changedAccounts = new Set<string>();
  const shiftedMotions = new Set<string>();
  // Exclusions are gathered per motion and made once: thousands of them rewrite no list twice.
  const leaving = new Map<string, Set<string>>();
  const leave = (motionId: string, accountIds: readonly string[]) => {
    if (!motions.has(motionId)) return;
    let out = leaving.get(motionId);
    if (!out) leaving.set(motionId, (out = new Set()));
    for (const id of accountIds) out.add(id);
    changedMotions.add(motionId);
  };
  const editMotion = (id: string, edit: (m: M) => M) => {
    const m = motions.get(id);
    if (!m) return;
    motions.set(id, edit(m));
    changedMotions.add(id);
  };
  for (const c of chosen) {
    onProgress?.();
    applyOne(c);
  }
  for (const [id, out] of leaving) {
    onProgress?.();
    motions.set(id, withoutAccounts(motions.get(id)!, out));
  }
  function applyOne(c: ProposedChange): void {
    if (c.kind === 'shift') {
      // The accounts' own days move with the motion (a wave stays a wave).
      editMotion(c.motionId, (m) =>
        withDates(m, c.to, shiftedAccountDates(m.accountDates, c.days)),
      );
      shiftedMotions.add(c.motionId);
    } else if (c.kind === 'exclude') leave(c.motionId, c.accountIds);
    else if (c.kind === 'stagger')
      editMotion(c.motionId, (m) => ({
        ...m,
        accountDates: withAccountDays(m.accountDates, c.starts, 'start'),
      }));
    else if (c.kind === 'handover')
      editMotion(c.motionId, (m) => ({
        ...m,
        accountDates: withAccountDays(m.accountDates, c.ends, 'end'),
      }));
    else {
      for (const id of c.silenceMotionIds) leave(id, [c.accountId]);
      const a = accounts.get(c.accountId);
      if (a) {
        accounts.set(c.accountId, { ...a, primaryTeam: c.side });
        changedAccounts.add(c.accountId);
      }
    }
  }
  const motionRows = input.motions.map((m) =>
    changedMotions.has(m.id) ? stamped(motions.get(m.id)!, now) : m,
  );
  const accountRows = input.accounts.map((a) =>
    changedAccounts.has(a.id) ? stamped(accounts.get(a.id)!, now) : a,
  );
  const kept = new Map(proposal.keptAcceptances.map((g) => [g.id, g]));
  const acceptances = (input.acceptances ?? []).map((a) => {
    const group = kept.get(a.id);
    if (!group || !group.motionIds.some((id) => changedMotions.has(id))) return a;
    // New dates make it another conflict: the user decides again.
    if (group.motionIds.some((id) => shiftedMotions.has(id))) return a;
    const fingerprint = groupFingerprint({ ...group, week: null }, motionRows, input.blackouts);
    return { ...a, fingerprint };
  });
  return {
    accounts: accountRows,
    motions: motionRows,
    acceptances,
    changedMotionIds: [...changedMotions].sort(),
    changedAccountIds: [...changedAccounts].sort(),
  };
}

/**
 * The conflict counts once the `accepted` changes are made: what a view shows as ticks change.
 * `onProgress` hears from every long loop (the planner reports and polls Cancel from it).
 */
export function countsWithChanges(
  input: PlannerInput,
  proposal: Pick<PlanProposal, 'changes' | 'keptAcceptances'>,
  accepted?: ReadonlySet<string>,
  onProgress?: (done: number, total: number) => void,
): ConflictCounts {
  const applied = applyProposal(input, proposal, accepted, undefined, () => onProgress?.(0, 1));
  const audiences = resolveAudiences(applied.accounts, applied.motions, () => onProgress?.(0, 1));
  const index = detectConflicts(
    {
      accounts: applied.accounts,
      motions: applied.motions,
      audiences,
      blackouts: input.blackouts,
      settings: input.settings,
      // applyProposal keeps the accounts in their order, so the people's positions still hold.
      people: input.people,
    },
    onProgress,
  );
  const counts = countIndex(
    index,
    { motions: applied.motions, blackouts: input.blackouts, acceptances: applied.acceptances },
    () => onProgress?.(1, 1),
  );
  return counts;
}
