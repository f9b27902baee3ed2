/**
 * The planned quarter's budget: the motions' budgets rolled up (budgetRollup, the same the
 * Review view shows) against the quarter's allocation per side — marketing campaigns and
 * sales enablement — with over-allocation warned, then per team and per channel by month.
 */
import { budgetRollup, type BudgetLine, type BudgetRollup } from '../results';
import type { QbrBlock, QbrContext, QbrPage } from './packTypes';
import { sectionTitle } from './sectionTitles';

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

export function rollupOf(ctx: QbrContext): BudgetRollup {
  const { source, quarter } = ctx;
  return budgetRollup(source.motions, quarter, source.settings.budgetAllocations[quarter.label]);
}

export function budgetPages(ctx: QbrContext): QbrPage[] {
  const rollup = rollupOf(ctx);
  const label = ctx.quarter.label;
  const title = `${sectionTitle('budget')}: ${label}`;
  const unset = rollup.bySide.every((s) => s.allocated === null);
  const notices: QbrBlock[] = rollup.warnings.map((text) => ({
    kind: 'notice',
    tone: 'warn',
    text: `Over-allocated. ${text}`,
  }));
  if (unset) {
    notices.push({
      kind: 'notice',
      tone: 'info',
      text: `No allocation is set for ${label}: set it in Review, under the review's settings.`,
    });
  }
  const footnote =
    rollup.withoutBudget > 0
      ? `${fmt(rollup.withoutBudget)} motion${rollup.withoutBudget === 1 ? '' : 's'} of the quarter ha${rollup.withoutBudget === 1 ? 's' : 've'} no budget set (not counted). A motion's budget is spread evenly over its days.`
      : "A motion's budget is spread evenly over its days; only its days in the quarter count.";
  return [
    {
      section: 'budget',
      title,
      subtitle: 'The motions’ budgets against the allocation for the quarter',
      blocks: [
        ...notices,
        {
          kind: 'facts',
          items: [
            { label: 'Planned by the motions', value: fmt(rollup.total) },
            ...rollup.bySide.map((s) => ({
              label: `${s.label}, allocated`,
              value: s.allocated === null ? 'not set' : fmt(s.allocated),
              warn: (s.over ?? 0) > 0.005,
            })),
          ],
        },
        {
          kind: 'table',
          caption: 'Against the allocation',
          headers: ['Budget', 'Planned by the motions', 'Allocated', 'Over'],
          numeric: [1, 2, 3],
          rows: rollup.bySide.map((s) => [
            s.label,
            fmt(s.planned),
            s.allocated === null ? 'not set' : fmt(s.allocated),
            s.over === null ? '—' : fmt(s.over),
          ]),
          more: null,
        },
        {
          kind: 'bars',
          caption: 'Planned per team',
          bars: rollup.byTeam.map((l) => ({ label: l.key, value: l.total, display: fmt(l.total) })),
        },
      ],
      footnote,
    },
    {
      section: 'budget',
      title: `${title} by team and channel`,
      subtitle: 'Per month of the quarter',
      blocks: [
        linesTable('Per team', 'Team', rollup, rollup.byTeam),
        linesTable('Per channel', 'Channel', rollup, rollup.byChannel),
      ],
      footnote,
    },
  ];
}

function linesTable<K extends string>(
  caption: string,
  head: string,
  rollup: BudgetRollup,
  lines: BudgetLine<K>[],
): QbrBlock {
  const months = rollup.months.map((m) => m.label);
  return {
    kind: 'table',
    caption,
    headers: [head, ...months, 'Quarter'],
    numeric: [...months.map((_, i) => i + 1), months.length + 1],
    rows: lines.map((l) => [l.key, ...l.months.map(fmt), fmt(l.total)]),
    more: null,
    empty: 'No motion of the quarter has a budget.',
  };
}
