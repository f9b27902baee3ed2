/**
 * TAL changes for the quarter the meeting plans: the quarterly review's snapshot diff
 * (shared/accounts/talSnapshot.ts, never a copy) from the TAL approved for the reviewed
 * quarter to the one approved for the planned quarter — or to the live list while that is
 * not approved yet. A summary page (counts, turnover against its budget), then the added,
 * removed (with reasons), tier-changed and owner-changed accounts.
 */
import { diffSnapshots, snapshotEntries } from '../accounts/talSnapshot';
import type { TalSnapshot, TalSnapshotEntry, Tier } from '../domain/types';
import type { QbrBlock, QbrContext, QbrPage } from './packTypes';
import { moreText, partText, sliceRows } from './pageRows';
import { sectionTitle } from './sectionTitles';

const tierText = (t: Tier | null) => (t === null ? '—' : `Tier ${t}`);
const ownerText = (o: string) => o || '(no owner)';

/** The latest snapshot approved for a quarter (a re-approval replaces, but be safe). */
function latestFor(snapshots: readonly TalSnapshot[], label: string): TalSnapshot | undefined {
  return snapshots
    .filter((s) => s.quarter === label)
    .sort((a, b) => (a.approvedAt < b.approvedAt ? -1 : 1))
    .at(-1);
}

/** The reviewed quarter's TAL, else the latest one approved for an earlier quarter. */
function baseline(ctx: QbrContext): TalSnapshot | undefined {
  const { talSnapshots } = ctx.source;
  const own = latestFor(talSnapshots, ctx.review.label);
  if (own) return own;
  const q = ctx.quarter;
  return talSnapshots
    .filter((s) => s.fiscalYear * 4 + s.fiscalQuarter < q.fiscalYear * 4 + q.quarter)
    .sort((a, b) =>
      a.fiscalYear * 4 + a.fiscalQuarter !== b.fiscalYear * 4 + b.fiscalQuarter
        ? a.fiscalYear * 4 + a.fiscalQuarter - (b.fiscalYear * 4 + b.fiscalQuarter)
        : a.approvedAt < b.approvedAt
          ? -1
          : 1,
    )
    .at(-1);
}

export function talChangesPages(ctx: QbrContext): QbrPage[] {
  const title = `${sectionTitle('tal-changes')} for ${ctx.quarter.label}`;
  const from = baseline(ctx);
  if (!from) {
    return [
      {
        section: 'tal-changes',
        title,
        subtitle: 'Added, removed, tier and owner changes',
        blocks: [
          {
            kind: 'notice',
            tone: 'info',
            text: `No TAL was approved for ${ctx.review.label} or before, so there is nothing to compare with. Approve the list in Accounts → Quarterly review at the end of each quarter.`,
          },
        ],
        footnote: '',
      },
    ];
  }
  const planned = latestFor(ctx.source.talSnapshots, ctx.quarter.label);
  const toEntries: TalSnapshotEntry[] = planned
    ? planned.entries
    : snapshotEntries(ctx.source.accounts);
  const toName = planned
    ? `the TAL approved for ${planned.quarter} on ${planned.approvedAt.slice(0, 10)}`
    : 'the live list (not yet approved)';
  const budget = ctx.source.settings.turnoverBudgetPercent;
  const diff = diffSnapshots(from.entries, toEntries, budget);
  const subtitle = `From the TAL approved for ${from.quarter} on ${from.approvedAt.slice(0, 10)} to ${toName}`;
  const summary: QbrPage = {
    section: 'tal-changes',
    title,
    subtitle,
    blocks: [
      {
        kind: 'facts',
        items: [
          { label: `On the list in ${from.quarter}`, value: fmt(diff.beforeCount) },
          { label: 'On the list now', value: fmt(diff.afterCount) },
          { label: 'Added', value: fmt(diff.added.length) },
          { label: 'Removed', value: fmt(diff.removed.length) },
          { label: 'Tier changes', value: fmt(diff.tierChanged.length) },
          { label: 'Owner changes', value: fmt(diff.ownerChanged.length) },
          {
            label: `Turnover (budget ${budget}%)`,
            value: `${diff.turnoverRate}%`,
            warn: diff.overBudget,
          },
        ],
      },
      ...(diff.overBudget
        ? [
            {
              kind: 'notice' as const,
              tone: 'warn' as const,
              text: `Turnover of ${diff.turnoverRate}% is past the budget of ${budget}%: more of the list changed hands than the teams planned for.`,
            },
          ]
        : []),
    ],
    footnote: 'Turnover = (added + removed) ÷ accounts on the earlier list.',
  };
  return [
    summary,
    ...listPages(
      ctx,
      'Added',
      subtitle,
      diff.added,
      ['Account', 'Domain', 'Tier', 'Owner'],
      (e) => [e.name, e.domain, tierText(e.tier), ownerText(e.owner)],
    ),
    ...listPages(ctx, 'Removed', subtitle, diff.removed, ['Account', 'Domain', 'Reason'], (r) => [
      r.entry.name,
      r.entry.domain,
      r.reason,
    ]),
    ...listPages(
      ctx,
      'Tier changes',
      subtitle,
      diff.tierChanged,
      ['Account', 'Before', 'Now'],
      (c) => [c.after.name, tierText(c.before.tier), tierText(c.after.tier)],
    ),
    ...listPages(
      ctx,
      'Owner changes',
      subtitle,
      diff.ownerChanged,
      ['Account', 'Before', 'Now'],
      (c) => [c.after.name, ownerText(c.before.owner), ownerText(c.after.owner)],
    ),
  ];
}

const fmt = (n: number) => n.toLocaleString('en-US');

/** One list of the diff over at most two pages; none when the list is empty. */
function listPages<T>(
  ctx: QbrContext,
  name: string,
  subtitle: string,
  items: readonly T[],
  headers: string[],
  row: (item: T) => string[],
): QbrPage[] {
  if (items.length === 0) return [];
  return sliceRows(items).map((slice): QbrPage => {
    const table: QbrBlock = {
      kind: 'table',
      caption: `${name}: ${fmt(items.length)}`,
      headers,
      rows: slice.rows.map(row),
      more: moreText(slice.left, 'account'),
    };
    return {
      section: 'tal-changes',
      title: `${sectionTitle('tal-changes')} for ${ctx.quarter.label}: ${name.toLowerCase()}${partText(slice.part, slice.parts)}`,
      subtitle,
      blocks: [table],
      footnote: '',
    };
  });
}
