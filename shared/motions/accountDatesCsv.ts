/**
 * A motion's per-account days (Motion.accountDates: staggered waves, hand-overs) in the motion
 * CSV's `Account dates` column, and back. One entry per account, separated by ';' like the other
 * list columns, naming the account as the include list does (its domain, else its Salesforce
 * id) and the days it runs on there, both included:
 *   `acme.com starts 2027-02-08` — a later wave: the account starts on Feb 8;
 *   `globex.io ends 2027-02-28` — a hand-over: the motion's last day on the account;
 *   `initech.com starts 2027-02-08 ends 2027-02-28` — both.
 * An empty cell means every account runs on the motion's dates. Dates are ISO (YYYY-MM-DD),
 * the form the workbench writes, so no day/month order is ever guessed.
 */
import { isIsoDate } from '../dates/calendarDate';
import type { AccountDates, Motion } from '../domain/types';
import { LIST_SEPARATOR, splitList } from './motionCsvColumns';
import type { AccountLookup } from './motionRowParser';

/** The cell for `accountDates`; `refOf` names an account (null: it has no domain or id). */
export function formatAccountDates(
  accountDates: Motion['accountDates'],
  refOf: (accountId: string) => string | null,
): string {
  const entries: string[] = [];
  for (const [id, own] of Object.entries(accountDates ?? {})) {
    const ref = refOf(id);
    if (ref === null) continue;
    const parts = [ref];
    if (own.start !== undefined) parts.push(`starts ${own.start}`);
    if (own.end !== undefined) parts.push(`ends ${own.end}`);
    if (parts.length > 1) entries.push(parts.join(' '));
  }
  return entries.join(LIST_SEPARATOR);
}

export interface AccountDatesProblem {
  /** The entry the problem is in. */
  value: string;
  message: string;
}

const ENTRY = /^(\S+?):?\s+(?:starts\s+(\S+))?\s*(?:ends\s+(\S+))?$/i;
const FORM = '"domain starts YYYY-MM-DD", "domain ends YYYY-MM-DD" or both';

/** The accounts' own days a cell gives, or the problems of its entries. */
export function parseAccountDates(
  cell: string,
  lookup: AccountLookup,
): { value: Record<string, AccountDates>; problems: AccountDatesProblem[] } {
  const value: Record<string, AccountDates> = {};
  const problems: AccountDatesProblem[] = [];
  const bad = (entry: string, message: string) => problems.push({ value: entry, message });
  for (const entry of splitList(cell)) {
    const match = ENTRY.exec(entry);
    const [, ref = '', start, end] = match ?? [];
    if (!match || (start === undefined && end === undefined)) {
      bad(entry, `"${entry}" is not ${FORM}`);
      continue;
    }
    const dates = [start, end].filter((d): d is string => d !== undefined);
    const notDate = dates.find((d) => !isIsoDate(d));
    if (notDate !== undefined) {
      bad(entry, `"${notDate}" in "${entry}" is not a date written YYYY-MM-DD`);
      continue;
    }
    if (start !== undefined && end !== undefined && start > end) {
      bad(entry, `"${entry}" starts after it ends`);
      continue;
    }
    const id = lookup(ref);
    if (id === 'not a domain') {
      bad(entry, `"${ref}" is not a domain or Salesforce account id`);
      continue;
    }
    if (id === null) {
      bad(entry, `"${ref}" matches no account in the workspace`);
      continue;
    }
    if (value[id]) {
      bad(entry, `"${ref}" has days of its own twice in this cell`);
      continue;
    }
    value[id] = {
      ...(start !== undefined ? { start } : {}),
      ...(end !== undefined ? { end } : {}),
    };
  }
  return { value, problems };
}

/**
 * How many of the motion's accounts have own days reaching outside the motion's dates: they
 * only narrow them, so the motion's dates apply there (and an account whose days end before
 * the motion starts, or start after it ends, is not reached at all).
 */
export function accountDatesOutside(
  motion: Pick<Motion, 'start' | 'end' | 'accountDates'>,
): number {
  let n = 0;
  for (const own of Object.values(motion.accountDates ?? {})) {
    const start = own.start ?? motion.start;
    const end = own.end ?? motion.end;
    if (start < motion.start || end > motion.end || start > motion.end || end < motion.start) n++;
  }
  return n;
}
