/**
 * The quarter's budget rolled up from the motions: per team, per channel and per month,
 * against the allocation for the quarter of each side (marketing campaigns: Marketing and
 * Marketing Ops; sales enablement: Sales and Sales Ops), with a warning where the motions
 * plan more than was allocated. A motion's budget is spread evenly over its days, so a
 * motion running from March into April puts each month's share in its month, and only the
 * days inside the quarter count. Aborted motions spend nothing.
 */
import {
  CHANNELS,
  sideOfTeam,
  TEAMS,
  type BudgetAllocation,
  type Channel,
  type Motion,
  type Side,
  type Team,
} from '../domain/types';
import { toDayNumber } from '../dates/calendarDate';
import { monthsInRange, type DateRange } from '../dates/fiscal';
import { monthName } from '../dates/parseUserDate';

export type BudgetMotion = Pick<
  Motion,
  'id' | 'name' | 'team' | 'channel' | 'start' | 'end' | 'status' | 'budget'
>;

export interface BudgetMonth extends DateRange {
  year: number;
  month: number;
  /** 'Feb 2027'. */
  label: string;
}

export interface BudgetLine<K> {
  key: K;
  /** One amount per month of the quarter, in order. */
  months: number[];
  total: number;
}

export interface SideBudget {
  side: Side;
  /** 'Marketing campaigns' / 'Sales enablement'. */
  label: string;
  planned: number;
  allocated: number | null;
  /** planned − allocated when positive, else 0; null without an allocation. */
  over: number | null;
}

export interface BudgetRollup {
  quarter: DateRange & { label: string };
  months: BudgetMonth[];
  byTeam: BudgetLine<Team>[];
  byChannel: BudgetLine<Channel>[];
  bySide: SideBudget[];
  total: number;
  /** Motions active in the quarter with no budget set (their cost is unknown). */
  withoutBudget: number;
  /** "Marketing campaigns: 120,000 planned, 100,000 allocated — 20,000 over." */
  warnings: string[];
}

export const SIDE_BUDGET_LABELS: Record<Side, string> = {
  marketing: 'Marketing campaigns',
  sales: 'Sales enablement',
};

const money = (n: number) => Math.round(n).toLocaleString('en-US');

export function budgetRollup(
  motions: readonly BudgetMotion[],
  quarter: DateRange & { label: string },
  allocation: BudgetAllocation | null | undefined,
): BudgetRollup {
  const months = monthsInRange(quarter).map((m) => ({
    ...m,
    label: `${monthName(m.month).slice(0, 3)} ${m.year}`,
  }));
  const bounds = months.map((m) => [toDayNumber(m.start), toDayNumber(m.end)] as const);
  const byTeam = new Map<Team, number[]>(TEAMS.map((t) => [t, months.map(() => 0)]));
  const byChannel = new Map<Channel, number[]>(CHANNELS.map((c) => [c, months.map(() => 0)]));
  const qFirst = toDayNumber(quarter.start);
  const qLast = toDayNumber(quarter.end);
  let withoutBudget = 0;
  for (const m of motions) {
    if (m.status === 'Aborted') continue;
    const start = toDayNumber(m.start);
    const end = toDayNumber(m.end);
    if (start > qLast || end < qFirst) continue;
    if (m.budget === null) {
      withoutBudget++;
      continue;
    }
    const perDay = m.budget / (end - start + 1);
    bounds.forEach(([first, last], i) => {
      const days = Math.min(end, last) - Math.max(start, first) + 1;
      if (days <= 0) return;
      const share = perDay * days;
      const team = byTeam.get(m.team) as number[];
      const channel = byChannel.get(m.channel) as number[];
      team[i] = (team[i] as number) + share;
      channel[i] = (channel[i] as number) + share;
    });
  }
  const line = <K>(key: K, values: number[]): BudgetLine<K> => ({
    key,
    months: values,
    total: values.reduce((s, v) => s + v, 0),
  });
  const teamLines = TEAMS.map((t) => line(t, byTeam.get(t) as number[]));
  const channelLines = CHANNELS.map((c) => line(c, byChannel.get(c) as number[])).filter(
    (l) => l.total > 0,
  );
  const warnings: string[] = [];
  const bySide = (['marketing', 'sales'] as const).map((side): SideBudget => {
    const planned = teamLines
      .filter((l) => sideOfTeam(l.key) === side)
      .reduce((s, l) => s + l.total, 0);
    const allocated = allocation?.[side] ?? null;
    const over = allocated === null ? null : Math.max(0, planned - allocated);
    const label = SIDE_BUDGET_LABELS[side];
    if (over !== null && over > 0.005) {
      warnings.push(
        `${label}: ${money(planned)} planned, ${money(allocated as number)} allocated — ${money(over)} over.`,
      );
    }
    return { side, label, planned, allocated, over };
  });
  return {
    quarter: { start: quarter.start, end: quarter.end, label: quarter.label },
    months,
    byTeam: teamLines,
    byChannel: channelLines,
    bySide,
    total: teamLines.reduce((s, l) => s + l.total, 0),
    withoutBudget,
    warnings,
  };
}
