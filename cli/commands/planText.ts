/**
 * The `plan` command's printout: the proposal grouped by motion, each change with its reason,
 * the counts before → after by severity and rule, what could not be cleared and why. Plain
 * text in a fixed order, so the same workspace always prints the same proposal.
 */
import { CONFLICT_RULES } from '../../shared/domain/types';
import type { Severity } from '../../shared/domain/types';
import type { ConflictCounts, PlanProposal, ProposedChange } from '../../shared/planner';

const SEVERITIES: readonly Severity[] = ['block', 'warn', 'info'];

export function countsLine(before: ConflictCounts, after: ConflictCounts): string {
  const parts = SEVERITIES.map((s) => `${s} ${before.bySeverity[s]} → ${after.bySeverity[s]}`);
  return `${parts.join(', ')} (accepted ${before.accepted} → ${after.accepted})`;
}

function ruleLines(before: ConflictCounts, after: ConflictCounts): string[] {
  const out: string[] = [];
  for (const rule of CONFLICT_RULES) {
    for (const s of SEVERITIES) {
      const [b, a] = [before.byRule[rule][s], after.byRule[rule][s]];
      if (b !== 0 || a !== 0) out.push(`  ${`${rule} ${s}`.padEnd(24)} ${b} → ${a}`);
    }
  }
  return out;
}

/** Changes grouped under the first motion they touch, motions in workspace order. */
export function changesByMotion(
  proposal: PlanProposal,
  motionNames: ReadonlyMap<string, string>,
): { motionId: string; name: string; changes: ProposedChange[] }[] {
  const order = [...motionNames.keys()];
  const groups = new Map<string, ProposedChange[]>();
  for (const c of proposal.changes) {
    const key = c.kind === 'primary' ? '' : c.motionId;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.keys()]
    .sort((a, b) => (a === '' ? 1 : b === '' ? -1 : order.indexOf(a) - order.indexOf(b)))
    .map((motionId) => ({
      motionId,
      name: motionId === '' ? 'Primary outreach teams' : (motionNames.get(motionId) ?? motionId),
      changes: groups.get(motionId)!,
    }));
}

export function planText(
  path: string,
  proposal: PlanProposal,
  motionNames: ReadonlyMap<string, string>,
): string {
  const n = (kind: ProposedChange['kind']) =>
    proposal.changes.filter((c) => c.kind === kind).length;
  const lines = [
    `Proposal for ${path}: ${proposal.changes.length} change(s): ${n('shift')} shift(s), ${n('exclude')} exclusion(s), ${n('primary')} primary team(s), ${n('stagger')} stagger(s), ${n('handover')} hand-over(s).`,
    `Conflicts before → after: ${countsLine(proposal.before, proposal.after)}`,
    ...ruleLines(proposal.before, proposal.after),
  ];
  for (const group of changesByMotion(proposal, motionNames)) {
    lines.push('', `${group.name}:`);
    for (const c of group.changes) lines.push(`  - ${c.reason}`);
  }
  if (proposal.unresolved.length > 0) {
    lines.push('', `Not cleared (${proposal.after.bySeverity.block} block conflict(s)):`);
    for (const u of proposal.unresolved) lines.push(`  - ${u.explanation}`);
  }
  for (const note of proposal.notes) lines.push('', `Note: ${note}`);
  return `${lines.join('\n')}\n`;
}
