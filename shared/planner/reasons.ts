/**
 * The planner's sentences: why a change is proposed ("moved 2 weeks later: clears 110
 * cross-team blocks with SDR outbound") and what a tally of cleared conflicts reads as.
 */
import type { ConflictRule, Severity } from '../domain/types';
import { shortDate } from '../conflicts';

/** Cleared conflicts of one rule against one other motion or blackout ('' for none). */
export interface Cleared {
  rule: ConflictRule;
  severity: Severity;
  /** The other motion's name or the blackout's reason; '' when the rule has no other party. */
  against: string;
  isBlackout: boolean;
  count: number;
}

const RULE_WORDS: Record<ConflictRule, string> = {
  'cross-team': 'cross-team',
  'same-channel': 'same-channel',
  'contact-pressure': 'contact-pressure',
  'primary-owner': 'primary-owner',
  blackout: 'blackout',
  'messaging-clash': 'messaging-clash',
  'off-list': 'off-list',
  'person-pressure': 'person-pressure',
};

const plural = (n: number, word: string) =>
  `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** "110 cross-team blocks with SDR outbound, 4 blackout blocks (Q1 freeze) and 12 warns". */
export function clearedText(cleared: readonly Cleared[]): string {
  const sorted = [...cleared]
    .filter((c) => c.count > 0)
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        b.count - a.count ||
        a.rule.localeCompare(b.rule) ||
        a.against.localeCompare(b.against),
    );
  const blocks = sorted.filter((c) => c.severity === 'block');
  const parts = blocks.slice(0, 2).map((c) => {
    const with_ = c.against === '' ? '' : c.isBlackout ? ` (${c.against})` : ` with ${c.against}`;
    return `${plural(c.count, `${RULE_WORDS[c.rule]} block`)}${with_}`;
  });
  const moreBlocks = blocks.slice(2).reduce((n, c) => n + c.count, 0);
  if (moreBlocks > 0) parts.push(plural(moreBlocks, 'other block'));
  const warns = sorted.filter((c) => c.severity === 'warn').reduce((n, c) => n + c.count, 0);
  if (warns > 0) parts.push(plural(warns, 'warn'));
  if (parts.length === 0) return 'clears nothing by itself';
  const last = parts.pop()!;
  return `clears ${parts.length > 0 ? `${parts.join(', ')} and ${last}` : last}`;
}

const SEVERITY_ORDER: Record<Severity, number> = { block: 0, warn: 1, info: 2 };

export function shiftText(days: number, start: string, end: string): string {
  const n = Math.abs(days);
  const dir = days > 0 ? 'later' : 'earlier';
  const by = n % 7 === 0 ? plural(n / 7, 'week') : plural(n, 'day');
  return `moved ${by} ${dir} (to ${shortDate(start)} – ${shortDate(end)})`;
}

export { plural };
