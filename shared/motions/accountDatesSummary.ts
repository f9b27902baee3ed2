/**
 * What a motion's per-account days (Motion.accountDates) amount to, said the way a planner
 * says it: the waves a staggered motion runs in ("staggered: 3 waves, 120 accounts from
 * Feb 8") and the accounts it hands over ("handed over on 40 accounts"). The motion editor
 * shows the sentence and the list, the calendar bar's label and tip the short form, so a
 * motion that runs differently on some accounts never looks like one that does not.
 */
import { formatShortDate } from '../dates/parseUserDate';
import type { IsoDate, Motion } from '../domain/types';
import { clampedRange } from './accountDates';

export interface AccountDatesSummary {
  /** The later waves: accounts that start after the motion does, by first day, earliest first. */
  laterWaves: { start: IsoDate; accounts: number }[];
  /** Accounts in a later wave. */
  staggered: number;
  /** Accounts the motion ends on before its own end (handed over), with their last days. */
  handedOver: number;
  lastDays: { first: IsoDate; last: IsoDate } | null;
  /** Accounts whose own days fall outside the motion's dates: the motion does not reach them. */
  notReached: number;
}

/** The summary, or null when every account runs on the motion's dates. */
export function summarizeAccountDates(
  motion: Pick<Motion, 'start' | 'end' | 'accountDates'>,
): AccountDatesSummary | null {
  const waves = new Map<IsoDate, number>();
  let handedOver = 0;
  let notReached = 0;
  let first: IsoDate | null = null;
  let last: IsoDate | null = null;
  for (const own of Object.values(motion.accountDates ?? {})) {
    const range = clampedRange(motion, own);
    if (!range) {
      notReached++;
      continue;
    }
    if (range.start > motion.start) waves.set(range.start, (waves.get(range.start) ?? 0) + 1);
    if (range.end < motion.end) {
      handedOver++;
      if (first === null || range.end < first) first = range.end;
      if (last === null || range.end > last) last = range.end;
    }
  }
  const laterWaves = [...waves]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([start, accounts]) => ({ start, accounts }));
  const staggered = laterWaves.reduce((n, w) => n + w.accounts, 0);
  if (staggered === 0 && handedOver === 0 && notReached === 0) return null;
  return {
    laterWaves,
    staggered,
    handedOver,
    lastDays: first !== null && last !== null ? { first, last } : null,
    notReached,
  };
}

const accounts = (n: number) => `${n.toLocaleString('en-US')} account${n === 1 ? '' : 's'}`;
const day = (d: IsoDate) => formatShortDate(d, false);

/**
 * The short form for a bar's label and tip: "staggered: 3 waves, 120 accounts from Feb 8;
 * handed over on 40 accounts". Empty when there is nothing to say.
 */
export function accountDatesLabel(summary: AccountDatesSummary | null): string {
  if (!summary) return '';
  const parts: string[] = [];
  const firstWave = summary.laterWaves[0];
  if (firstWave)
    parts.push(
      `staggered: ${summary.laterWaves.length + 1} waves, ${accounts(summary.staggered)} from ${day(firstWave.start)}`,
    );
  if (summary.handedOver > 0) parts.push(`handed over on ${accounts(summary.handedOver)}`);
  if (summary.notReached > 0) parts.push(`${accounts(summary.notReached)} not reached`);
  return parts.join('; ');
}

/** The fewest words, for inside a bar: "2 waves", "40 handed over", "2 waves · 40 handed over". */
export function accountDatesShort(summary: AccountDatesSummary): string {
  const parts: string[] = [];
  if (summary.laterWaves.length > 0) parts.push(`${summary.laterWaves.length + 1} waves`);
  if (summary.handedOver > 0)
    parts.push(`${summary.handedOver.toLocaleString('en-US')} handed over`);
  if (parts.length === 0 && summary.notReached > 0)
    parts.push(`${summary.notReached.toLocaleString('en-US')} not reached`);
  return parts.join(' · ');
}

/** The editor's sentences: each wave with its first day, and the hand-overs' last days. */
export function accountDatesSentences(
  motion: Pick<Motion, 'start'>,
  summary: AccountDatesSummary | null,
): string[] {
  if (!summary) return [];
  const out: string[] = [];
  if (summary.laterWaves.length > 0) {
    const waves = summary.laterWaves.map((w) => `${accounts(w.accounts)} on ${day(w.start)}`);
    out.push(
      `Staggered into ${summary.laterWaves.length + 1} waves: the audience starts on ${day(motion.start)}, except ${waves.join(', ')}.`,
    );
  }
  if (summary.handedOver > 0 && summary.lastDays) {
    const { first, last } = summary.lastDays;
    const when = first === last ? `on ${day(first)}` : `between ${day(first)} and ${day(last)}`;
    out.push(
      `Handed over on ${accounts(summary.handedOver)}: the motion ends there ${when}, before its own end.`,
    );
  }
  if (summary.notReached > 0)
    out.push(
      `${accounts(summary.notReached)} ${summary.notReached === 1 ? 'has' : 'have'} days of ${summary.notReached === 1 ? 'its' : 'their'} own outside the motion's dates: the motion does not reach ${summary.notReached === 1 ? 'it' : 'them'}.`,
    );
  return out;
}
