/**
 * A run's summary in parts (conflictsProtocol.ts, SummaryPart): the worker sends its groups
 * and account counts a slice per message so that no message is a long task to read on the
 * window's side, and the window puts them back together when the result comes. The groups
 * arrive in the list's default order (severity, most accounts, title), so the view sorts only
 * when a tier filter recounts them (conflictFilters.ts).
 */
import type { ConflictSummary, GroupSummary, SummaryPart } from './conflictsProtocol';
import { rowsOf, toColumns, type GroupColumns } from './groupTable';

/**
 * Groups per message and account counts per message: a part of 1,000 groups was 25–60 ms to
 * read on the window's side with the garbage collection it set off (100,000 × 1,000).
 */
export const GROUPS_PER_PART = 500;
export const ACCOUNTS_PER_PART = 2500;

const SEVERITY_RANK = { block: 0, warn: 1, info: 2 } as const;

/**
 * Titles compared as `a.localeCompare(b)` does (the default locale and options), with one
 * collator made once: localeCompare looks its collator up on every call, which over the ties
 * of ~66,000 groups was a fifth of a second.
 */
const TITLES = new Intl.Collator();
export const compareTitles = (a: string, b: string): number => TITLES.compare(a, b);

/** The list's default order: block first, then most accounts, then by title. */
export function byDefaultOrder(a: GroupSummary, b: GroupSummary): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    b.accountCount - a.accountCount ||
    compareTitles(a.title, b.title)
  );
}

/** Group lists put together from the worker's parts: in the default order, known without a check. */
const ordered = new WeakSet<readonly GroupSummary[]>();

/** True for a summary's groups as summaryCollector put them together (sorted by the worker). */
export const inDefaultOrder = (groups: readonly GroupSummary[]): boolean => ordered.has(groups);

/** The worker's side: sends the parts, returns the summary the result carries. */
export function sendInParts(
  summary: ConflictSummary,
  send: (part: SummaryPart) => void,
): ConflictSummary {
  const groups = [...summary.groups].sort(byDefaultOrder);
  for (let i = 0; i < groups.length; i += GROUPS_PER_PART)
    send({ kind: 'groups', ...toColumns(groups.slice(i, i + GROUPS_PER_PART)) });
  const { ids, counts } = summary.accountCounts;
  for (let i = 0; i < ids.length; i += ACCOUNTS_PER_PART) {
    const to = i + ACCOUNTS_PER_PART;
    send({ kind: 'accounts', ids: ids.slice(i, to), counts: counts.slice(i, to) });
  }
  return { ...summary, groups: [], accountCounts: { ids: [], counts: new Int32Array(0) } };
}

/**
 * The strings many groups repeat (rule, severity, motion and blackout ids, weeks, window
 * days), one of each for the window's lifetime: a message's strings arrive as new copies, once
 * a part (groupTable.ts), and each part held its own. Bounded: emptied when it grows past
 * SHARED_MAX (ids and days of a long session).
 */
const shared = new Map<string, string>();
const SHARED_MAX = 100_000;

function one(s: string): string {
  const found = shared.get(s);
  if (found !== undefined) return found;
  if (shared.size >= SHARED_MAX) shared.clear();
  shared.set(s, s);
  return s;
}

/** The part with its repeated strings shared (in place: it is this window's own copy). */
function withSharedStrings(c: GroupColumns): GroupColumns {
  const strings = c.strings;
  for (let i = 0; i < strings.length; i++) strings[i] = one(strings[i]!);
  return c;
}

/** The window's side: collects the parts of one run; `complete` gives its whole summary. */
export function summaryCollector(): {
  add(part: SummaryPart): void;
  complete(rest: ConflictSummary): ConflictSummary;
} {
  const groups: GroupSummary[] = [];
  const ids: string[] = [];
  const counts: Int32Array[] = [];
  return {
    add(part) {
      if (part.kind === 'groups') for (const g of rowsOf(withSharedStrings(part))) groups.push(g);
      else {
        for (const id of part.ids) ids.push(id);
        counts.push(part.counts);
      }
    },
    complete(rest) {
      const all = new Int32Array(ids.length);
      let at = 0;
      for (const c of counts) {
        all.set(c, at);
        at += c.length;
      }
      ordered.add(groups);
      return { ...rest, groups, accountCounts: { ids, counts: all } };
    },
  };
}
