/**
 * What a resolution changes, as new rows: the renderer writes them with commit() as one undo
 * step. Pure, so the same rules hold in tests, the app and any CLI.
 */
import type { Account, Motion, Side } from '../domain/types';

/** Takes accounts out of a motion: off its include list, onto its exclude list. */
export function excludeAccounts(
  motion: Motion,
  accountIds: readonly string[],
  now: string,
): Motion {
  const ids = new Set(accountIds);
  const exclude = [...motion.audience.exclude];
  const already = new Set(exclude);
  for (const id of accountIds) if (!already.has(id)) exclude.push(id);
  return {
    ...motion,
    audience: {
      ...motion.audience,
      include: motion.audience.include.filter((id) => !ids.has(id)),
      exclude,
    },
    updatedAt: now,
  };
}

/** The motion moved to `start`–`end` (a copy; the calendar's shiftMotion moves one by days). */
export function motionWithDates(motion: Motion, start: string, end: string, now: string): Motion {
  return { ...motion, start, end, updatedAt: now };
}

export function setPrimaryTeam(accounts: readonly Account[], side: Side, now: string): Account[] {
  return accounts.map((a) => ({ ...a, primaryTeam: side, updatedAt: now }));
}
