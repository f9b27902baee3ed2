/**
 * Sample campaigns, sequences and blackouts for the sample workspace: about a dozen motions
 * across the current and next fiscal quarter, built so the conflicts view shows every one of
 * the seven rules (PRODUCT.md): a Tier 1 email nurture and an overlapping SDR email sequence
 * (cross-team, contact pressure, messaging clash), two marketing emails at once (same
 * channel), accounts whose primary team is the other side, a holiday and an open
 * negotiation (blackouts), and an event inviting non-target accounts (off-list).
 */
import type { Account, Blackout, IsoDate, Motion } from '../domain/types';
import type { IdGenerator } from '../domain/ids';
import { addDays } from '../dates/calendarDate';
import { fiscalQuarterOf, shiftFiscalQuarter } from '../dates/fiscal';
import { MOTION_COLORS, newMotion } from '../motions/motionDefaults';

export interface SampleMotions {
  motions: Motion[];
  blackouts: Blackout[];
}

function mostCommonTag(accounts: readonly Account[], skip: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const a of accounts) {
    if (a.status !== 'target') continue;
    for (const t of a.tags) if (!skip.includes(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  let best = '';
  let bestCount = 0;
  for (const [tag, n] of [...counts].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    if (n > bestCount) [best, bestCount] = [tag, n];
  }
  return best;
}

export function sampleMotions(
  accounts: readonly Account[],
  today: IsoDate,
  newId: IdGenerator,
  fiscalYearStartMonth = 1,
): SampleMotions {
  const stamp = `${today}T09:00:00.000Z`;
  const q = fiscalQuarterOf(today, fiscalYearStartMonth);
  const next = shiftFiscalQuarter(today, fiscalYearStartMonth, 1);
  const at = (offset: number) => addDays(q.start, offset);
  const inNext = (offset: number) => addDays(next.start, offset);
  const targets = accounts.filter((a) => a.status === 'target');
  const tier1 = targets.filter((a) => a.tier === 1);
  const salesOwned =
    tier1.find((a) => a.primaryTeam === 'sales') ?? targets.find((a) => a.primaryTeam === 'sales');
  const marketingOwned =
    tier1.find((a) => a.primaryTeam === 'marketing') ??
    targets.find((a) => a.primaryTeam === 'marketing');
  const offList = accounts.filter((a) => a.status !== 'target').slice(0, 3);
  const negotiating = tier1[0] ?? targets[0];
  const industry = mostCommonTag(accounts, ['enterprise', 'mid-market', 'smb']);
  const program = `${q.label} Demand Program`;
  let colour = 0;
  const motion = (patch: Partial<Motion> & Pick<Motion, 'name' | 'start' | 'end'>): Motion =>
    newMotion(newId(), patch.start, stamp, {
      color: MOTION_COLORS[colour++ % MOTION_COLORS.length] as string,
      parentProgram: program,
      ...patch,
    });
  const audience = (patch: Partial<Motion['audience']>): Motion['audience'] => ({
    tiers: [],
    segments: [],
    match: 'all',
    include: [],
    exclude: [],
    ...patch,
  });

  const motions: Motion[] = [
    motion({
      name: `${q.label} Tier 1 email nurture`,
      kind: 'email nurture',
      start: at(7),
      end: at(48),
      touchesPerWeek: 2,
      theme: 'Cost of delay',
      status: 'In Progress',
      owner: 'Mara Lopez',
      budget: 12000,
      audience: audience({ tiers: [1], include: salesOwned ? [salesOwned.id] : [] }),
    }),
    motion({
      name: 'SDR outbound email sequence',
      kind: 'sales sequence',
      team: 'Sales',
      channel: 'email',
      start: at(28),
      end: at(55),
      touchesPerWeek: 3,
      theme: 'Platform consolidation',
      owner: 'Devon Price',
      parentProgram: '',
      audience: audience({ tiers: [1], include: marketingOwned ? [marketingOwned.id] : [] }),
    }),
    motion({
      name: `${industry || 'Industry'} product launch email`,
      kind: 'email nurture',
      start: at(35),
      end: at(49),
      touchesPerWeek: 1,
      theme: 'Launch',
      budget: 4000,
      audience: audience({ segments: industry ? [industry] : [], tiers: industry ? [] : [2] }),
    }),
    motion({
      name: 'Tier 1–2 account-based display ads',
      kind: 'ads',
      start: at(0),
      end: at(84),
      budget: 30000,
      touchesPerWeek: 0,
      audience: audience({ tiers: [1, 2] }),
    }),
    motion({
      name: 'Executive roundtable dinner',
      kind: 'event',
      start: at(56),
      end: at(56),
      touchesPerWeek: 1,
      budget: 15000,
      theme: 'Cost of delay',
      audience: audience({ tiers: [1], include: offList.map((a) => a.id) }),
    }),
    motion({
      name: 'Webinar: ABM in practice',
      kind: 'webinar',
      start: at(42),
      end: at(42),
      touchesPerWeek: 1,
      audience: audience({ tiers: [2, 3] }),
    }),
    motion({
      name: 'Enterprise call blitz',
      kind: 'call blitz',
      team: 'Sales',
      channel: 'phone',
      start: at(45),
      end: at(51),
      touchesPerWeek: 4,
      owner: 'Devon Price',
      parentProgram: '',
      audience: audience({ segments: ['enterprise'] }),
    }),
    motion({
      name: 'LinkedIn social selling',
      kind: 'linkedin outreach',
      team: 'Sales Ops',
      channel: 'linkedin',
      start: at(14),
      end: at(40),
      touchesPerWeek: 1,
      parentProgram: '',
      audience: audience({ tiers: [2] }),
    }),
    motion({
      name: 'Direct mail: board kit',
      kind: 'direct mail',
      team: 'Marketing Ops',
      start: at(70),
      end: at(77),
      touchesPerWeek: 1,
      budget: 9000,
      audience: audience({ tiers: [1], exclude: negotiating ? [negotiating.id] : [] }),
    }),
    motion({
      name: 'Thought-leadership content syndication',
      kind: 'content',
      start: at(0),
      end: at(89),
      touchesPerWeek: 0,
      audience: audience({ tiers: [1, 2, 3] }),
    }),
    motion({
      name: `${next.label} Tier 2 nurture`,
      kind: 'email nurture',
      start: inNext(0),
      end: inNext(55),
      touchesPerWeek: 1,
      theme: 'Quick wins',
      // Budgets in the next quarter too, so the QBR pack planning it has a budget to show.
      budget: 18000,
      parentProgram: `${next.label} Demand Program`,
      audience: audience({ tiers: [2] }),
    }),
    motion({
      name: `${next.label} AE expansion sequence`,
      kind: 'sales sequence',
      team: 'Sales',
      channel: 'email',
      start: inNext(21),
      end: inNext(48),
      touchesPerWeek: 2,
      status: 'Planned',
      budget: 6000,
      parentProgram: '',
      audience: audience({ tiers: [1] }),
    }),
  ];

  const blackouts: Blackout[] = [
    {
      id: newId(),
      scope: { kind: 'everyone' },
      start: at(49),
      end: at(51),
      reason: 'Company holiday',
    },
    {
      id: newId(),
      scope: { kind: 'everyone' },
      start: inNext(30),
      end: inNext(32),
      reason: 'Public holiday',
    },
  ];
  if (negotiating) {
    blackouts.push({
      id: newId(),
      scope: { kind: 'account', accountId: negotiating.id },
      start: at(30),
      end: at(60),
      reason: `Open negotiation with ${negotiating.name}`,
    });
  }
  blackouts.push({
    id: newId(),
    scope: { kind: 'segment', segment: 'smb' },
    start: at(80),
    end: at(86),
    reason: 'SMB pricing change freeze',
  });
  return { motions, blackouts };
}
