/**
 * A run's summary in parts (conflictsProtocol.ts, SummaryPart): the worker sends its groups
 * and account counts a slice per message so that no message is a long task to read on the
 * window's side, and the window puts them back together when the result comes. The groups
 * arrive in the list's default order (severity, most accounts, title), so the view sorts only
 * when a tier filter recounts them (conflictFilters.ts).
 */
import type { ConflictSummary, GroupSummary, SummaryPart } from './conflictsProtocol';

/** Groups per message (a few milliseconds to read) and account counts per message. */
export const GROUPS_PER_PART = 1000;
export const ACCOUNTS_PER_PART = 5000;

const SEVERITY_RANK = { block: 0, warn: 1, info: 2 } as const;

/** The list's default order: block first, then most accounts, then by title. */
export function byDefaultOrder(a: GroupSummary, b: GroupSummary): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    b.accountCount - a.accountCount ||
    a.title.localeCompare(b.title)
  );
}

/** The worker's side: sends the parts, returns the summary the result carries. */
export function sendInParts(
  summary: ConflictSummary,
  send: (part: SummaryPart) => void,
): ConflictSummary {
  const groups = [...summary.groups].sort(byDefaultOrder);
  for (let i = 0; i < groups.length; i += GROUPS_PER_PART)
    send({ kind: 'groups', groups: groups.slice(i, i + GROUPS_PER_PART) });
  const counts = summary.accountCounts;
  for (let i = 0; i < counts.length; i += ACCOUNTS_PER_PART)
    send({ kind: 'accounts', counts: counts.slice(i, i + ACCOUNTS_PER_PART) });
  return { ...summary, groups: [], accountCounts: [] };
}

/** The window's side: collects the parts of one run; `complete` gives its whole summary. */
export function summaryCollector(): {
  add(part: SummaryPart): void;
  complete(rest: ConflictSummary): ConflictSummary;
} {
  const groups: GroupSummary[] = [];
  const counts: [string, number][] = [];
  return {
    add(part) {
      if (part.kind === 'groups') for (const g of part.groups) groups.push(g);
      else for (const c of part.counts) counts.push(c);
    },
    complete: (rest) => ({ ...rest, groups, accountCounts: counts }),
  };
}
