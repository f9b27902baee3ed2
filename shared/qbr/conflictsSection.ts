/**
 * Conflicts of the planned quarter and the decisions taken on them. Detection is the app's
 * engine (shared/conflicts) run on the motions that overlap the quarter, with the people
 * person pressure counts (shared/contacts/conflictPeople, as the Conflicts view); a group counts when
 * its window reaches into the quarter. Pages: counts by rule (groups, accounts, open and
 * accepted, with bars), the accepted groups with their notes, and the resolutions in place
 * in the plan — accounts excluded from motions, and the primary outreach team set on targets
 * (resolutions are edits to the plan; the plan is what records them).
 */
import { detectConflicts, resolveAudiences } from '../conflicts';
import { windowText } from '../conflicts/wording';
import { conflictPeople } from '../contacts/conflictPeople';
import { mondayOfDay, toDayNumber } from '../dates/calendarDate';
import { CONFLICT_RULES, type ConflictRule } from '../domain/types';
import type { QbrContext, QbrPage } from './packTypes';
import { moreText, partText, sliceRows } from './pageRows';
import { quarterGroups } from './quarterGroups';
import { RULE_NAMES } from './ruleLabels';
import { sectionTitle } from './sectionTitles';

interface Accepted {
  title: string;
  rule: ConflictRule;
  accounts: number;
  note: string;
  acceptedAt: string;
  window: string;
}

const fmt = (n: number) => n.toLocaleString('en-US');

export function conflictsPages(ctx: QbrContext): QbrPage[] {
  const { source, quarter } = ctx;
  const first = toDayNumber(quarter.start);
  const last = toDayNumber(quarter.end);
  // Motions reaching into the quarter's Monday weeks: contact pressure in a week that
  // straddles the quarter's first or last day counts every motion of that week.
  const weeksFirst = mondayOfDay(first);
  const weeksLast = mondayOfDay(last) + 6;
  const motions = source.motions.filter(
    (m) =>
      m.status !== 'Aborted' &&
      toDayNumber(m.start) <= weeksLast &&
      toDayNumber(m.end) >= weeksFirst,
  );
  const index = detectConflicts({
    accounts: source.accounts,
    motions,
    audiences: resolveAudiences(source.accounts, motions),
    blackouts: source.blackouts,
    settings: source.settings,
    // The people person pressure counts, matched as the Conflicts view matches them.
    people: conflictPeople(source.accounts, source.contacts, source.settings.personaRules),
  });
  const acceptances = new Map(source.conflictAcceptances.map((a) => [a.id, a]));
  const tally = quarterGroups(index, first, last, acceptances, motions, source.blackouts);
  const byRule = tally.byRule;
  const accepted: Accepted[] = tally.accepted.map(({ group: g, note, acceptedAt }) => ({
    title: g.title,
    rule: g.rule,
    accounts: g.accountCount,
    note,
    acceptedAt: acceptedAt.slice(0, 10),
    window: windowText(g.window),
  }));
  const title = `${sectionTitle('conflicts')} in ${quarter.label}`;
  const inQuarter = motions.filter(
    (m) => toDayNumber(m.start) <= last && toDayNumber(m.end) >= first,
  ).length;
  const straddling = motions.length - inQuarter;
  // The same count as the title page and the calendar; a motion only in a week that
  // straddles the quarter's edge is named apart (its touches count in that week's pressure).
  const subtitle =
    `Duplicate outreach among the ${fmt(inQuarter)} ${inQuarter === 1 ? 'motion that runs' : 'motions that run'} in ${quarter.label}` +
    (straddling > 0
      ? ` (and ${fmt(straddling)} more that run only in a week straddling its first or last day)`
      : '');
  const rules = CONFLICT_RULES.filter((r) => byRule.has(r));
  const totalGroups = rules.reduce((n, r) => n + (byRule.get(r)?.groups ?? 0), 0);
  const countsPage: QbrPage = {
    section: 'conflicts',
    title,
    subtitle,
    blocks: [
      {
        kind: 'table',
        caption: 'Counts by rule',
        headers: ['Rule', 'Severity', 'Groups', 'Accounts', 'Accepted groups', 'Open groups'],
        numeric: [2, 3, 4, 5],
        rows: rules.map((r) => {
          const c = byRule.get(r)!;
          return [
            RULE_NAMES[r],
            c.severity,
            fmt(c.groups),
            fmt(c.accounts),
            fmt(c.acceptedGroups),
            fmt(c.groups - c.acceptedGroups),
          ];
        }),
        more: null,
        empty: `No conflicts in ${quarter.label}: no account is hit by two motions at once.`,
      },
      ...(totalGroups > 0
        ? [
            {
              kind: 'bars' as const,
              caption: 'Accounts in conflict, by rule',
              bars: rules.map((r) => {
                const v = byRule.get(r)?.accounts ?? 0;
                return { label: RULE_NAMES[r], value: v, display: fmt(v) };
              }),
            },
          ]
        : []),
    ],
    footnote:
      'A group is one rule broken by the same motions (or motion and blackout, or week) on many accounts.',
  };
  const acceptedPages = sliceRows(accepted).map((slice): QbrPage => ({
    section: 'conflicts',
    title: `${title}: decisions${partText(slice.part, slice.parts)}`,
    subtitle: 'Conflicts accepted, with the note the team left',
    blocks: [
      {
        kind: 'table',
        caption: `Accepted: ${fmt(accepted.length)} group${accepted.length === 1 ? '' : 's'}`,
        headers: ['Conflict', 'Rule', 'Accounts', 'Days', 'Note', 'Accepted on'],
        numeric: [2],
        rows: slice.rows.map((a) => [
          a.title,
          RULE_NAMES[a.rule],
          fmt(a.accounts),
          a.window,
          a.note || '(no note)',
          a.acceptedAt,
        ]),
        more: moreText(slice.left, 'accepted group'),
        empty: 'No conflict of the quarter has been accepted.',
      },
    ],
    footnote: '',
  }));
  return [countsPage, ...acceptedPages, resolutionsPage(ctx, motions, title)];
}

function resolutionsPage(
  ctx: QbrContext,
  motions: QbrContext['source']['motions'],
  title: string,
): QbrPage {
  const excluded = motions
    .filter((m) => m.audience.exclude.length > 0)
    .sort((a, b) => b.audience.exclude.length - a.audience.exclude.length);
  let sales = 0;
  let marketing = 0;
  for (const a of ctx.source.accounts) {
    if (a.status !== 'target') continue;
    if (a.primaryTeam === 'sales') sales++;
    else if (a.primaryTeam === 'marketing') marketing++;
  }
  const [slice] = sliceRows(excluded, 8, 1);
  return {
    section: 'conflicts',
    title: `${title}: resolutions in place`,
    subtitle:
      'What the plan holds from resolving conflicts: exclusions and the primary outreach team',
    blocks: [
      {
        kind: 'facts',
        items: [
          { label: 'Targets with Sales as primary team', value: fmt(sales) },
          { label: 'Targets with Marketing as primary team', value: fmt(marketing) },
          { label: 'Motions with accounts excluded', value: fmt(excluded.length) },
        ],
      },
      {
        kind: 'table',
        caption: 'Accounts excluded from a motion',
        headers: ['Motion', 'Team', 'Accounts excluded'],
        numeric: [2],
        rows: (slice?.rows ?? []).map((m) => [m.name, m.team, fmt(m.audience.exclude.length)]),
        more: moreText(slice?.left ?? 0, 'motion'),
        empty: 'No motion of the quarter excludes accounts.',
      },
    ],
    footnote: 'The other side goes silent on an account whose primary outreach team is set.',
  };
}
