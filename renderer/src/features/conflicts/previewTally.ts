/**
 * A resolution's preview as the Conflicts view counts it: the engine's cleared and created
 * conflicts per group, adjusted for acceptances — an accepted group is not counted, and one
 * whose acceptance the resolution voids (it changes a motion's dates or audience) comes back
 * whole. Summed by rule and severity, the tally equals the change of the summary's counts.
 */
import {
  excludeAccounts,
  groupFingerprint,
  motionWithDates,
  validAcceptance,
} from '../../../../shared/conflicts';
import type { Resolution } from '../../../../shared/conflicts';
import type {
  Blackout,
  ConflictAcceptance,
  ConflictRule,
  Motion,
  Severity,
} from '../../../../shared/domain/types';
import type { GroupSummary, ResolutionPreview } from './conflictsProtocol';

export interface TallyRow {
  rule: ConflictRule;
  severity: Severity;
  cleared: number;
  created: number;
}

export interface PreviewTally {
  rows: TallyRow[];
  cleared: number;
  created: number;
  /** Of `created`: conflicts of accepted groups whose acceptance the resolution voids. */
  reopened: number;
}

export interface TallyContext {
  groups: readonly GroupSummary[];
  /** Every stored acceptance, by group id (valid or not). */
  acceptances: ReadonlyMap<string, ConflictAcceptance>;
  motions: readonly Motion[];
  blackouts: readonly Blackout[];
}

/** The motions as they will be once the resolution is applied to `accountIds`. */
export function motionsAfter(
  motions: readonly Motion[],
  resolution: Resolution,
  accountIds: readonly string[],
): Motion[] {
  const now = '';
  return motions.map((m) => {
    if (resolution.kind === 'shift-motion' && m.id === resolution.motionId)
      return motionWithDates(m, resolution.start, resolution.end, now);
    if (resolution.kind === 'exclude-accounts' && m.id === resolution.motionId)
      return excludeAccounts(m, accountIds, now);
    if (resolution.kind === 'set-primary-team' && resolution.silenceMotionIds.includes(m.id))
      return excludeAccounts(m, accountIds, now);
    return m;
  });
}

interface Change {
  group: Pick<GroupSummary, 'id' | 'rule' | 'severity' | 'motionIds' | 'week' | 'blackoutId'>;
  before: number;
  cleared: number;
  created: number;
}

export function tallyPreview(
  preview: ResolutionPreview,
  resolution: Resolution,
  group: GroupSummary,
  accountIds: readonly string[],
  ctx: TallyContext,
): PreviewTally {
  const changes = new Map<string, Change>();
  for (const g of ctx.groups)
    changes.set(g.id, { group: g, before: g.accountCount, cleared: 0, created: 0 });
  for (const g of preview?.groups ?? []) {
    const known = changes.get(g.groupId);
    if (known) Object.assign(known, { cleared: g.cleared, created: g.created });
    else
      changes.set(g.groupId, {
        group: { ...g, id: g.groupId },
        before: 0,
        cleared: g.cleared,
        created: g.created,
      });
  }
  const after = motionsAfter(ctx.motions, resolution, accountIds);
  const accepted = (g: Change['group'], motions: readonly Motion[]) => {
    if (resolution.kind === 'accept' && g.id === group.id && motions === after) return true;
    const fingerprint = groupFingerprint(g, motions, ctx.blackouts);
    return validAcceptance(g.id, fingerprint, ctx.acceptances) !== null;
  };
  const rows = new Map<string, TallyRow>();
  let reopened = 0;
  const add = (g: Change['group'], cleared: number, created: number) => {
    if (cleared === 0 && created === 0) return;
    const key = `${g.rule}|${g.severity}`;
    const row = rows.get(key) ?? { rule: g.rule, severity: g.severity, cleared: 0, created: 0 };
    row.cleared += cleared;
    row.created += created;
    rows.set(key, row);
  };
  for (const c of changes.values()) {
    const touched = c.cleared > 0 || c.created > 0;
    // Only a group with an acceptance can change how it is counted without changing itself.
    if (!touched && !ctx.acceptances.has(c.group.id) && c.group.id !== group.id) continue;
    const wasAccepted = ctx.acceptances.has(c.group.id) && accepted(c.group, ctx.motions);
    const isAccepted =
      (ctx.acceptances.has(c.group.id) ||
        (resolution.kind === 'accept' && c.group.id === group.id)) &&
      accepted(c.group, after);
    const count = c.before - c.cleared + c.created;
    if (!wasAccepted && !isAccepted) add(c.group, c.cleared, c.created);
    else if (wasAccepted && !isAccepted) {
      add(c.group, 0, count);
      reopened += count;
    } else if (!wasAccepted && isAccepted) add(c.group, c.before, 0);
  }
  const list = [...rows.values()].sort(
    (a, b) => b.cleared + b.created - (a.cleared + a.created) || a.rule.localeCompare(b.rule),
  );
  return {
    rows: list,
    cleared: list.reduce((n, r) => n + r.cleared, 0),
    created: list.reduce((n, r) => n + r.created, 0),
    reopened,
  };
}
