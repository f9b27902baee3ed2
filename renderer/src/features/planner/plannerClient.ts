/**
 * The main-thread side of the "Propose a plan" view: one planner worker, started on the first
 * proposal and kept for the counts and the write; the view's state in a small zustand store
 * (UI state: the choices, the proposal shown, the ticks), so leaving the view and coming back
 * keeps them. Cancel terminates the worker: proposePlan runs as one synchronous task there,
 * so a cancel message would wait for it; terminating stops it at once.
 */
import { create } from 'zustand';
import type { ConflictCounts } from '../../../../shared/planner';
import { localToday } from '../../../../shared/dates/calendarDate';
import { countOf } from '../../../../shared/text/countOf';
import { client, type WorkerClient } from '../../platform/workerRpc';
import { history } from '../../store/changes';
import { acceptPlan } from './acceptPlan';
import type { PlannerMove } from '../../../../shared/planner';
import { DEFAULT_CHOICES, type PlanChoices } from './planOptions';
import type { PlannerWorker } from './plannerHandlers';
import type { PlanWrite, ProposalReply } from './plannerProtocol';
import { progressOf } from './progressHooks';

export type PlanStatus = 'idle' | 'running' | 'ready' | 'writing';

export interface PlanViewState {
  choices: PlanChoices;
  status: PlanStatus;
  progress: { fraction: number; label: string } | null;
  /** What last happened (cancelled, rejected, accepted, failed), shown as the view's status. */
  message: { kind: 'ok' | 'info' | 'error'; text: string } | null;
  reply: ProposalReply | null;
  selected: ReadonlySet<string>;
  /** The counts for the ticked changes; null while the worker recounts. */
  counts: ConflictCounts | null;
  /** True once the plan was written to after the proposal was made: its counts may not hold. */
  outdated: boolean;
  /**
   * True after Accept while the accepted proposal is hidden and its list taken down a few rows
   * a task (proposalLeft ends it): hundreds of rows unmounted at once were one long task.
   */
  leaving: boolean;
}

const INITIAL: PlanViewState = {
  choices: DEFAULT_CHOICES,
  status: 'idle',
  progress: null,
  message: null,
  reply: null,
  selected: new Set(),
  counts: null,
  outdated: false,
  leaving: false,
};

export const usePlanStore = create<PlanViewState>()(() => INITIAL);

class Cancelled extends Error {}

// Every write of this window (a commit, an undo, an import) goes through the history: one
// made while a proposal is shown means the proposal was made from another plan.
history.subscribe(() => {
  const { reply, status } = usePlanStore.getState();
  if (reply && status !== 'writing') usePlanStore.setState({ outdated: true });
});

let rpc: WorkerClient<PlannerWorker> | null = null;
/** Counts answers for an older set of ticks are dropped. */
let countsAsked = 0;

function worker(): WorkerClient<PlannerWorker> {
  if (rpc && !rpc.terminated) return rpc;
  const w = new Worker(new URL('./planner.worker.ts', import.meta.url), { type: 'module' });
  rpc = client<PlannerWorker>(w, { crashMessage: 'The planner stopped.' });
  return rpc;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function setChoices(choices: PlanChoices): void {
  usePlanStore.setState({ choices });
}

/** `moves`: the workspace's setting (settings.plannerMoves), which the view shows and edits. */
export async function propose(moves: readonly PlannerMove[]): Promise<void> {
  const { status } = usePlanStore.getState();
  const choices = { ...usePlanStore.getState().choices, moves: [...moves] };
  if (status === 'running' || status === 'writing') return;
  usePlanStore.setState({
    status: 'running',
    progress: { fraction: 0, label: 'Reading the plan' },
    message: null,
    reply: null,
    counts: null,
    selected: new Set(),
    outdated: false,
    leaving: false,
  });
  try {
    const request = {
      moves: choices.moves,
      primaryRule: choices.primaryRule,
      today: choices.planFrom ?? localToday(),
    };
    const reply = await worker().call('propose', request, {
      onEvent: (p) => usePlanStore.setState({ progress: progressOf(p) }),
    });
    usePlanStore.setState({
      status: 'ready',
      progress: null,
      reply,
      selected: new Set(reply.proposal.changes.map((c) => c.id)),
      counts: reply.proposal.after,
      message:
        reply.proposal.changes.length === 0
          ? { kind: 'info', text: 'The planner found nothing to change.' }
          : null,
    });
  } catch (e) {
    const cancelled = e instanceof Cancelled;
    usePlanStore.setState({
      status: 'idle',
      progress: null,
      message: cancelled
        ? { kind: 'info', text: 'Proposal cancelled: nothing changed.' }
        : { kind: 'error', text: `The planner failed: ${messageOf(e)}` },
    });
  }
}

/** The accepted proposal's list is unmounted: the proposal goes. */
export function proposalLeft(): void {
  if (usePlanStore.getState().leaving) usePlanStore.setState({ reply: null, leaving: false });
}

/** Stops a running proposal at once. */
export function cancelProposal(): void {
  if (usePlanStore.getState().status !== 'running') return;
  rpc?.terminate(new Cancelled('cancelled'));
  rpc = null;
}

/** Ticks or unticks changes; the counts follow from the worker. */
export function select(ids: readonly string[], on: boolean): void {
  const { selected, reply, leaving } = usePlanStore.getState();
  if (!reply || leaving) return;
  const next = new Set(selected);
  for (const id of ids) {
    if (on) next.add(id);
    else next.delete(id);
  }
  void recount(reply, next);
}

/** Sets the ticks and their counts in one store update (one render), then asks the worker. */
async function recount(reply: ProposalReply, selected: ReadonlySet<string>): Promise<void> {
  const asked = ++countsAsked;
  const all = reply.proposal.changes.length;
  // All or none ticked: the proposal already holds those counts.
  if (selected.size === 0 || selected.size === all) {
    usePlanStore.setState({
      selected,
      counts: selected.size === 0 ? reply.proposal.before : reply.proposal.after,
    });
    return;
  }
  usePlanStore.setState({ selected, counts: null });
  try {
    const counts = await worker().call('counts', { selected: [...selected] });
    if (asked === countsAsked) usePlanStore.setState({ counts });
  } catch (e) {
    if (asked === countsAsked)
      usePlanStore.setState({
        message: { kind: 'error', text: `Could not count: ${messageOf(e)}` },
      });
  }
}

export function rejectProposal(): void {
  countsAsked++;
  if (rpc && !rpc.terminated) void rpc.call('discard', undefined);
  usePlanStore.setState({
    status: 'idle',
    reply: null,
    leaving: false,
    counts: null,
    selected: new Set(),
    message: { kind: 'info', text: 'Proposal rejected: nothing changed.' },
  });
}

/**
 * Rows read from the worker per message: a hundred motions of a big plan (with their account
 * lists, twice) are a short task to read; the whole write at once was not.
 */
const WRITE_ROWS_PER_PART = 100;

async function readWrite(selected: string[], now: string): Promise<PlanWrite> {
  const sizes = await worker().call('prepareWrite', { selected, now });
  const write: PlanWrite = { motions: [], accounts: [], conflictAcceptances: [] };
  for (const table of ['motions', 'accounts', 'conflictAcceptances'] as const) {
    const rows: unknown[] = write[table];
    for (let from = 0; from < sizes[table]; from += WRITE_ROWS_PER_PART) {
      const part = await worker().call('writePart', { table, from, count: WRITE_ROWS_PER_PART });
      for (const r of part) rows.push(r);
    }
  }
  return write;
}

/** Writes the ticked changes as one undo step. */
export async function acceptSelected(): Promise<void> {
  const { reply, selected, counts } = usePlanStore.getState();
  if (!reply || selected.size === 0 || !counts) return;
  usePlanStore.setState({ status: 'writing' });
  const n = selected.size;
  try {
    const write = await readWrite([...selected], new Date().toISOString());
    const refused = await acceptPlan(write, `Accept the proposed plan (${countOf(n, 'change')})`);
    if (refused) {
      usePlanStore.setState({ status: 'ready', message: { kind: 'error', text: refused } });
      return;
    }
    countsAsked++;
    void worker().call('discard', undefined);
    const { block, warn, info } = counts.bySeverity;
    // The proposal stays (hidden) until its list is down: proposalLeft drops it.
    usePlanStore.setState({
      status: 'idle',
      leaving: true,
      counts: null,
      selected: new Set(),
      message: {
        kind: 'ok',
        text: `Accepted ${countOf(n, 'change')}: ${block} block, ${warn} warn and ${info} info conflicts remain. Undo takes the whole plan back.`,
      },
    });
  } catch (e) {
    usePlanStore.setState({
      status: 'ready',
      message: { kind: 'error', text: `Could not accept the plan: ${messageOf(e)}` },
    });
  }
}
