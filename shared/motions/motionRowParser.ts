/**
 * Reads one CSV row into a motion: each present cell is parsed and checked, an absent cell
 * keeps the matched motion's value (or the new motion's default). Every bad cell becomes a
 * problem naming its column and value; the row is rejected when any exists.
 */
import {
  CHANNELS,
  MOTION_KINDS,
  MOTION_STATUSES,
  TEAMS,
  type Account,
  type AudienceMatch,
  type Motion,
  type Tier,
} from '../domain/types';
import type { ParsedDate } from '../dates/parseUserDate';
import { normalizeDomain } from '../accounts/normalizeDomain';
import { parseNumber, type DecimalSeparator } from '../accounts/parseNumber';
import { checkSalesforceId, toSalesforceId18 } from '../accounts/salesforceId';
import { kindOfCampaignType, splitList, type MotionColumn } from './motionCsvColumns';
import { KIND_DEFAULTS } from './motionDefaults';
import { parseAccountDates } from './accountDatesCsv';
import {
  parseAllowedWindow,
  parseLockedDates,
  parseMinimumAudience,
  withPlanning,
  type Parsed,
} from './motionPlanning';

export interface CellProblem {
  column: MotionColumn;
  value: string;
  message: string;
}

export type AccountLookup = (reference: string) => string | null | 'not a domain';

/** Finds accounts by normalized domain, or by Salesforce id for accounts without a domain. */
export function accountLookup(
  accounts: readonly Pick<Account, 'id' | 'domain' | 'salesforceId'>[],
): AccountLookup {
  const byDomain = new Map<string, string>();
  const bySalesforceId = new Map<string, string>();
  for (const a of accounts) {
    if (a.domain && !byDomain.has(a.domain)) byDomain.set(a.domain, a.id);
    const sf = a.salesforceId ? toSalesforceId18(a.salesforceId) : null;
    if (sf && !bySalesforceId.has(sf)) bySalesforceId.set(sf, a.id);
  }
  return (reference) => {
    const sf = /^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/.test(reference)
      ? toSalesforceId18(reference)
      : null;
    if (sf && bySalesforceId.has(sf)) return bySalesforceId.get(sf) ?? null;
    const domain = normalizeDomain(reference);
    if (domain === '') return 'not a domain';
    return byDomain.get(domain) ?? null;
  };
}

/** 'all' / 'any' (also "match all", "AND", "OR"); an empty cell is the default, 'all'. */
function parseAudienceMatch(cell: string): AudienceMatch | null {
  const key = cell
    .trim()
    .toLowerCase()
    .replace(/^match\s+/, '');
  if (key === '' || key === 'all' || key === 'and') return 'all';
  if (key === 'any' || key === 'or') return 'any';
  return null;
}

function pick<T extends string>(value: string, allowed: readonly T[]): T | null {
  const key = value.trim().toLowerCase();
  return allowed.find((a) => a.toLowerCase() === key) ?? null;
}

export interface RowInput {
  cell: (column: MotionColumn) => string | undefined;
  base: Motion;
  isNew: boolean;
  decimal: DecimalSeparator;
  lookup: AccountLookup;
  /** Reads a start or end cell in the order decided for its whole column (motionDates.ts). */
  readDate: (column: 'start' | 'end', raw: string) => ParsedDate;
}

export function parseMotionRow({ cell, base, isNew, decimal, lookup, readDate }: RowInput): {
  motion: Motion;
  problems: CellProblem[];
} {
  const problems: CellProblem[] = [];
  const m: Motion = { ...base, audience: { ...base.audience } };
  const bad = (column: MotionColumn, value: string, message: string) =>
    problems.push({ column, value, message });
  // readCsv has already undone an Excel-safe export's apostrophes (for files with a BOM).
  const text = (column: MotionColumn): string | undefined => cell(column)?.trim();

  const name = text('name');
  if (name !== undefined) m.name = name;

  const kind = text('kind');
  const type = text('type');
  if (kind) {
    const k = pick(kind, MOTION_KINDS);
    if (k) m.kind = k;
    else bad('kind', kind, `"${kind}" is not a motion kind (${MOTION_KINDS.join(', ')})`);
  } else if (type) {
    m.kind = kindOfCampaignType(type);
  }
  const defaults = KIND_DEFAULTS[m.kind];
  if (isNew) {
    m.team = defaults.team;
    m.channel = defaults.channel;
    m.touchesPerWeek = defaults.touches;
  }

  const team = text('team');
  if (team) {
    const t = pick(team, TEAMS);
    if (t) m.team = t;
    else bad('team', team, `"${team}" is not a team (${TEAMS.join(', ')})`);
  }
  const channel = text('channel');
  if (channel) {
    const c = pick(channel, CHANNELS);
    if (c) m.channel = c;
    else bad('channel', channel, `"${channel}" is not a channel (${CHANNELS.join(', ')})`);
  }
  const status = text('status');
  if (status) {
    const s = pick(status, MOTION_STATUSES);
    if (s) m.status = s;
    else bad('status', status, `"${status}" is not a status (${MOTION_STATUSES.join(', ')})`);
  }

  for (const column of ['start', 'end'] as const) {
    const raw = text(column);
    if (raw) {
      const parsed = readDate(column, raw);
      if (parsed.ok) m[column] = parsed.date;
      else bad(column, raw, parsed.reason);
    } else if (isNew) {
      bad(
        column,
        raw ?? '',
        `a new motion needs ${column === 'start' ? 'a start' : 'an end'} date`,
      );
    }
  }

  const touches = text('touchesPerWeek');
  if (touches) {
    const n = parseNumber(touches, decimal);
    if (n.ok && n.value !== null) m.touchesPerWeek = n.value;
    else bad('touchesPerWeek', touches, n.ok ? 'not a number' : n.reason);
  }
  const budget = text('budget');
  if (budget !== undefined) {
    const n = parseNumber(budget, decimal);
    if (n.ok) m.budget = n.value;
    else bad('budget', budget, n.reason);
  }

  for (const column of ['theme', 'owner', 'parentProgram', 'color'] as const) {
    const v = text(column);
    if (v !== undefined && (v !== '' || !isNew)) m[column] = v;
  }
  const sf = text('salesforceId');
  if (sf) {
    const checked = checkSalesforceId(sf);
    if (checked.ok) m.salesforceId = checked.id;
    else bad('salesforceId', sf, checked.reason);
  }

  const tiers = text('tiers');
  if (tiers !== undefined) {
    const parsed: Tier[] = [];
    for (const part of splitList(tiers)) {
      const digit = /^(?:tier[\s_-]*)?([123])$/i.exec(part);
      if (digit) parsed.push(Number(digit[1]) as Tier);
      else bad('tiers', part, `"${part}" is not a tier (1, 2 or 3)`);
    }
    m.audience.tiers = [...new Set(parsed)].sort();
  }
  const segments = text('segments');
  if (segments !== undefined) m.audience.segments = [...new Set(splitList(segments))];
  const match = text('audienceMatch');
  if (match !== undefined) {
    const parsed = parseAudienceMatch(match);
    if (parsed) m.audience.match = parsed;
    else bad('audienceMatch', match, `"${match}" is not "all" or "any"`);
  } else if (tiers && segments) {
    // A file from before the column existed: its tiers and segments always united.
    m.audience.match = 'any';
  }

  const accountIds = (column: MotionColumn, raw: string): string[] => {
    const ids: string[] = [];
    for (const ref of splitList(raw)) {
      const id = lookup(ref);
      if (id === 'not a domain')
        bad(column, ref, `"${ref}" is not a domain or Salesforce account id`);
      else if (id === null) bad(column, ref, `"${ref}" matches no account in the workspace`);
      else ids.push(id);
    }
    return [...new Set(ids)];
  };
  for (const [column, key] of [
    ['includeDomains', 'include'],
    ['excludeDomains', 'exclude'],
  ] as const) {
    const raw = text(column);
    if (raw !== undefined) m.audience[key] = accountIds(column, raw);
  }
  return {
    motion: accountDatesOfRow(planningOfRow(m, text, bad, accountIds), text, bad, lookup),
    problems,
  };
}

/** The `Account dates` column: a present cell replaces the accounts' own days (empty: none). */
function accountDatesOfRow(
  m: Motion,
  text: (column: MotionColumn) => string | undefined,
  bad: (column: MotionColumn, value: string, message: string) => void,
  lookup: AccountLookup,
): Motion {
  const raw = text('accountDates');
  if (raw === undefined) return m;
  const parsed = parseAccountDates(raw, lookup);
  for (const p of parsed.problems) bad('accountDates', p.value, p.message);
  const { accountDates: _old, ...rest } = m;
  return Object.keys(parsed.value).length > 0 ? { ...rest, accountDates: parsed.value } : rest;
}

/**
 * The planning columns: a present cell sets its constraint (an empty one puts it back to the
 * default), an absent column keeps the motion's.
 */
function planningOfRow(
  m: Motion,
  text: (column: MotionColumn) => string | undefined,
  bad: (column: MotionColumn, value: string, message: string) => void,
  accountIds: (column: MotionColumn, raw: string) => string[],
): Motion {
  const patch: Partial<NonNullable<Motion['planning']>> = {};
  const read = <T>(
    column: MotionColumn,
    parse: (cell: string) => Parsed<T>,
    set: (v: T | undefined) => void,
  ) => {
    const raw = text(column);
    if (raw === undefined) return;
    const parsed = parse(raw);
    if (parsed.ok) set(parsed.value);
    else bad(column, raw, parsed.reason);
  };
  read('lockedDates', parseLockedDates, (v) => (patch.lockedDates = v));
  read('allowedWindow', parseAllowedWindow, (v) => (patch.allowedWindow = v));
  read('minimumAudience', parseMinimumAudience, (v) => (patch.minimumAudiencePercent = v));
  const never = text('neverExclude');
  if (never !== undefined) patch.neverExclude = accountIds('neverExclude', never);
  return Object.keys(patch).length > 0 ? withPlanning(m, patch) : m;
}
