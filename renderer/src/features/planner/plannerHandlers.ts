/**
 * The planner worker's handlers: read the plan from the store, propose (shared/planner, the
 * code the `plan` command runs), then answer for the changes the user ticks: the conflict
 * counts they give, and the rows accepting them writes. The plan and the proposal stay here
 * between calls, so 100,000 accounts never cross to the window. Exported for tests, which
 * call them as the window would; planner.worker.ts serves them.
 */
import {
  applyProposal,
  countsWithChanges,
  proposePlan,
  type ConflictCounts,
  type PlannerInput,
  type PlanProposal,
} from '../../../../shared/planner';
import type { Account, ConflictAcceptance, Motion } from '../../../../shared/domain/types';
import { readPlanTables } from '../../store/reads';
import { conflictPeople } from '../../../../shared/contacts/conflictPeople';
import type { CallContext } from '../../platform/workerRpc';
import { primaryRuleOf } from './planOptions';
import type {
  PlannerProgress,
  PlanWrite,
  ProposalReply,
  ProposeRequest,
  RowChange,
} from './plannerProtocol';
import { progressHooks } from './progressHooks';

let current: { input: PlannerInput<Account, Motion>; proposal: PlanProposal } | null = null;
/** The rows `prepareWrite` computed, handed to the window a part at a time (`writePart`). */
let prepared: PlanWrite | null = null;

function proposed(): NonNullable<typeof current> {
  if (!current) throw new Error('There is no proposal: propose a plan first.');
  return current;
}

function changedRows<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  ids: ReadonlySet<string> | null,
): RowChange<T>[] {
  const old = new Map(before.map((r) => [r.id, r]));
  return after
    .filter((r) => (ids ? ids.has(r.id) : old.get(r.id) !== r))
    .map((r) => ({ before: old.get(r.id), after: r }));
}

export const plannerHandlers = {
  async propose(
    request: ProposeRequest,
    context: CallContext<PlannerProgress>,
  ): Promise<ProposalReply> {
    current = null;
    const ws = await readPlanTables();
    const started = performance.now();
    const input: PlannerInput<Account, Motion> = {
      accounts: ws.accounts,
      motions: ws.motions,
      blackouts: ws.blackouts,
      settings: ws.settings,
      acceptances: ws.conflictAcceptances,
      people: conflictPeople(ws.accounts, ws.contacts, ws.settings.personaRules),
    };
    const hooks = progressHooks({
      emit: (p) => context.emit(p),
      isCancelled: () => context.signal.aborted,
    });
    const proposal = proposePlan(
      input,
      {
        moves: request.moves,
        primaryRule: primaryRuleOf(request.primaryRule),
        today: request.today,
      },
      hooks,
    );
    current = { input, proposal };
    const named = new Set<string>();
    for (const c of proposal.changes) {
      if (c.kind === 'exclude') c.accountIds.forEach((id) => named.add(id));
      if (c.kind === 'primary') named.add(c.accountId);
    }
    return {
      proposal,
      motionNames: ws.motions.map((m) => [m.id, m.name]),
      accountNames: ws.accounts.filter((a) => named.has(a.id)).map((a) => [a.id, a.name]),
      today: request.today,
      startedBefore: ws.motions.filter((m) => m.start < request.today).length,
      ms: performance.now() - started,
    };
  },

  /** The counts once the ticked changes are made (the engine run on the changed rows). */
  counts(request: { selected: string[] }): ConflictCounts {
    const { input, proposal } = proposed();
    return countsWithChanges(input, proposal, new Set(request.selected));
  },

  /** The rows accepting the ticked changes writes, each with the row it replaces. */
  write(request: { selected: string[]; now: string }): PlanWrite {
    const { input, proposal } = proposed();
    const applied = applyProposal(input, proposal, new Set(request.selected), request.now);
    return {
      motions: changedRows(input.motions, applied.motions, new Set(applied.changedMotionIds)),
      accounts: changedRows(input.accounts, applied.accounts, new Set(applied.changedAccountIds)),
      conflictAcceptances: changedRows<ConflictAcceptance>(
        input.acceptances ?? [],
        applied.acceptances,
        null,
      ),
    };
  },

  /**
   * `write`, kept here: at 100,000 accounts the rows (motions with their long account lists,
   * each with the row it replaces) were one message that took the window most of a hundred
   * milliseconds to read. Returns how many rows each table has; `writePart` hands them over.
   */
  prepareWrite(request: { selected: string[]; now: string }): Record<keyof PlanWrite, number> {
    prepared = plannerHandlers.write(request);
    return {
      motions: prepared.motions.length,
      accounts: prepared.accounts.length,
      conflictAcceptances: prepared.conflictAcceptances.length,
    };
  },

  /** Rows [from, from + count) of one table of the prepared write. */
  writePart<T extends keyof PlanWrite>(request: {
    table: T;
    from: number;
    count: number;
  }): PlanWrite[T] {
    if (!prepared) throw new Error('There is no write: prepare it first.');
    const rows = prepared[request.table];
    return rows.slice(request.from, request.from + request.count) as PlanWrite[T];
  },

  /** Forgets the proposal (rejected, or accepted and written). */
  discard(): void {
    current = null;
    prepared = null;
  },
};

export type PlannerWorker = typeof plannerHandlers;
