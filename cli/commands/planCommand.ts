/**
 * `plan --workspace WS.json [--apply] [--json] [--moves shift,exclude,…] [--today DAY]`: the auto-planner's
 * proposal (shared/planner) for a workspace file, printed. The moves are the workspace's
 * setting unless --moves names others; each motion's constraints (locked dates, allowed
 * window, minimum audience, never-exclude accounts) come from the motion itself; with --apply the changed workspace
 * is written through the same atomic write as every command. Exit 0 when the proposal clears
 * every block conflict, 3 when some remain — then they are listed and explained, and nothing
 * is written even with --apply (a plan is never half-applied).
 */
import { conflictPeople } from '../../shared/contacts/conflictPeople';
import { isIsoDate, localToday } from '../../shared/dates/calendarDate';
import type { IsoDate } from '../../shared/domain/types';
import {
  applyProposal,
  DEFAULT_MOVES,
  DEFAULT_PLANNER_OPTIONS,
  PLANNER_MOVES,
  proposePlan,
  type PlannerMove,
  type PrimaryRule,
} from '../../shared/planner';
import {
  EXIT_BLOCKS_REMAIN,
  EXIT_USAGE,
  failed,
  jsonText,
  type CliCommand,
  type CliWrite,
} from '../cliTypes';
import { loadWorkspace, stampedWorkspaceText } from '../loadWorkspace';
import type { CommandSpec } from '../parseArgs';
import { changesByMotion, planText } from './planText';

export const PLAN_SPEC: CommandSpec = {
  values: {
    workspace: null,
    moves: null,
    'primary-rule': ['first-started', 'owner', 'tier'],
    'minimum-audience': null,
    today: null,
  },
  flags: ['apply'],
  required: ['workspace'],
  positionals: [0, 0],
};

/** The moves --moves names; undefined without it (the workspace's setting then). */
function parseMoves(text: string | undefined): PlannerMove[] | string | undefined {
  if (text === undefined) return undefined;
  const moves = text
    .split(',')
    .map((m) => m.trim())
    .filter((m) => m !== '');
  const unknown = moves.filter((m) => !(PLANNER_MOVES as readonly string[]).includes(m));
  if (unknown.length > 0 || moves.length === 0)
    return `--moves takes a comma-separated list of ${PLANNER_MOVES.join(', ')} (got "${text}").`;
  return PLANNER_MOVES.filter((m) => moves.includes(m));
}

/** "90" or "90%" → 0.9; null when it is not a percentage. */
function parseShare(text: string | undefined): number | null {
  if (text === undefined) return DEFAULT_PLANNER_OPTIONS.minimumAudience;
  const match = /^(\d{1,3}(?:\.\d+)?)%?$/.exec(text.trim());
  const n = match ? Number(match[1]) : NaN;
  return n >= 0 && n <= 100 ? n / 100 : null;
}

function primaryRule(name: string | undefined): PrimaryRule {
  if (name === 'owner') return { kind: 'owner' };
  // Tier-based: sales owns the 1:1 accounts, marketing the 1:few and 1:many.
  if (name === 'tier')
    return { kind: 'tier', sides: { 1: 'sales', 2: 'marketing', 3: 'marketing' } };
  return { kind: 'first-started' };
}

/**
 * --today YYYY-MM-DD, else the local date of the run's clock (env.now): no date is proposed
 * before it and a motion that started before it keeps its dates. Null when it is not a date.
 */
function parseToday(text: string | undefined, now: string): IsoDate | null {
  if (text === undefined) return localToday(new Date(now));
  const day = text.trim();
  return isIsoDate(day) ? day : null;
}

export const planCommand: CliCommand = (args, env) => {
  const path = args.values.workspace as string;
  const asked = parseMoves(args.values.moves);
  if (typeof asked === 'string') return failed(EXIT_USAGE, asked);
  const minimumAudience = parseShare(args.values['minimum-audience']);
  if (minimumAudience === null)
    return failed(
      EXIT_USAGE,
      `--minimum-audience takes a percentage from 0 to 100 (got "${args.values['minimum-audience']}").`,
    );
  const today = parseToday(args.values.today, env.now);
  if (today === null)
    return failed(EXIT_USAGE, `--today takes a date as YYYY-MM-DD (got "${args.values.today}").`);
  const loaded = loadWorkspace(env, path, { createIfMissing: false });
  if (!loaded.ok) return loaded.result;
  const ws = loaded.data;
  const moves = asked ?? ws.settings.plannerMoves ?? [...DEFAULT_MOVES];
  const input = {
    accounts: ws.accounts,
    motions: ws.motions,
    blackouts: ws.blackouts,
    settings: ws.settings,
    acceptances: ws.conflictAcceptances,
    people: conflictPeople(ws.accounts, ws.contacts, ws.settings.personaRules),
  };
  const proposal = proposePlan(input, {
    moves,
    minimumAudience,
    primaryRule: primaryRule(args.values['primary-rule']),
    today,
  });
  const cleared = proposal.after.bySeverity.block === 0;
  const apply = args.flags.has('apply');
  const writes: CliWrite[] = [];
  if (apply && cleared && proposal.changes.length > 0) {
    const applied = applyProposal(input, proposal, undefined, env.now);
    ws.accounts = applied.accounts;
    ws.motions = applied.motions;
    ws.conflictAcceptances = applied.acceptances;
    writes.push({ path, text: stampedWorkspaceText(loaded, ws, env) });
  }
  const names = new Map(ws.motions.map((m) => [m.id, m.name]));
  const written = writes.length > 0;
  let stdout: string;
  if (args.flags.has('json')) {
    stdout = jsonText({
      ok: cleared,
      workspace: path,
      moves,
      applied: written,
      written,
      before: proposal.before,
      after: proposal.after,
      motions: changesByMotion(proposal, names),
      unresolved: proposal.unresolved,
      notes: proposal.notes,
    });
  } else {
    let tail = '';
    if (apply && written) tail = `Wrote ${path}: ${proposal.changes.length} change(s) applied.\n`;
    else if (apply && cleared) tail = `Nothing to change in ${path}.\n`;
    else if (apply) tail = `Nothing was written: block conflicts remain (above).\n`;
    else if (proposal.changes.length > 0)
      tail = `Nothing was written; run again with --apply to make these changes.\n`;
    stdout = `${planText(path, proposal, names)}${tail}`;
  }
  if (!cleared) return { exitCode: EXIT_BLOCKS_REMAIN, stdout, stderr: '', writes: [] };
  return { exitCode: 0, stdout, stderr: '', writes };
};
