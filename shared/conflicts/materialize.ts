/**
 * From compact records to what people read: Conflict objects for one account, the list of
 * groups with their account counts, and the accounts behind one group. Only what is shown is
 * materialized, so a plan with millions of conflicts stays cheap to browse.
 */
import { fromDayNumber } from '../dates/calendarDate';
import type { ConflictRule, Severity } from '../domain/types';
import type { CompiledPlan } from './compiledPlan';
import type { ConflictIndex } from './conflictIndex';
import { explain, groupTitle, resolutions, type RuleSubject } from './describe';
import { TIER_SLOTS } from './groupCounts';
import { conflictIdOf, groupIdOf, groupKeyText } from './ids';
import { pairRules, severityOf } from './pairRules';
import {
  REC_BLACKOUT,
  REC_OFFLIST,
  REC_OWNER,
  REC_PAIR,
  REC_PERSON,
  REC_PRESSURE,
  RecordBuffer,
} from './records';
import { personPressureOf } from './personPressure';
import { isWeekly, slotWindow } from './slotWindow';
import { SweepScratch, sweepAccount } from './sweepAccount';
import type { Conflict, ConflictGroup, ConflictMotion, Resolution } from './types';

/** A group's place in the index: record kind and its two numbers. */
export type GroupRef = readonly [kind: number, a: number, b: number];

const KIND_RULE: Record<number, ConflictRule> = {
  [REC_PRESSURE]: 'contact-pressure',
  [REC_OWNER]: 'primary-owner',
  [REC_BLACKOUT]: 'blackout',
  [REC_OFFLIST]: 'off-list',
  [REC_PERSON]: 'person-pressure',
};

export function rulesOf(p: CompiledPlan, kind: number, a: number, b: number): ConflictRule[] {
  return kind === REC_PAIR ? pairRules(p, a, b) : [KIND_RULE[kind] as ConflictRule];
}

function motion(p: CompiledPlan, m: number): ConflictMotion {
  const found = p.motions[m];
  if (!found) throw new Error(`No motion at position ${m}`);
  return found;
}

function shownFirst(p: CompiledPlan, a: number, b: number): boolean {
  const [ma, mb] = [motion(p, a), motion(p, b)];
  const bySide = p.mSide[a]! - p.mSide[b]!;
  if (bySide !== 0) return bySide < 0;
  const byName = ma.name.localeCompare(mb.name);
  return byName !== 0 ? byName < 0 : ma.id < mb.id;
}

/** Day numbers repeat across thousands of conflicts: their ISO strings are made once. */
const isoDays = new Map<number, string>();
function iso(day: number): string {
  let text = isoDays.get(day);
  if (text === undefined) {
    text = fromDayNumber(day);
    if (isoDays.size > 100_000) isoDays.clear();
    isoDays.set(day, text);
  }
  return text;
}

function range(first: number, last: number) {
  return { first: iso(first), last: iso(last) };
}

/** What a record means, without the account (shared by a group and its conflicts). */
function subjectOf(p: CompiledPlan, kind: number, a: number, b: number, rule: ConflictRule) {
  const base = { rule, blackout: null, cap: (kind === REC_PERSON ? p.personCap7 : p.cap7) / 7 };
  const [first, last] = slotWindow(p, kind, a, b);
  const window = range(first, last);
  if (kind === REC_PAIR) {
    // Shown marketing first, then by name: "Q1 nurture ↔ AE outbound".
    const [x, y] = shownFirst(p, a, b)
      ? [motion(p, a), motion(p, b)]
      : [motion(p, b), motion(p, a)];
    return { ...base, motions: [x!, y!], window };
  }
  if (isWeekly(kind)) return { ...base, motions: [], window };
  if (kind === REC_BLACKOUT) {
    return { ...base, motions: [motion(p, a)], blackout: p.blackouts[b] ?? null, window };
  }
  return { ...base, motions: [motion(p, a)], window };
}

function severity(
  p: CompiledPlan,
  kind: number,
  a: number,
  b: number,
  rule: ConflictRule,
): Severity {
  return kind === REC_PAIR ? severityOf(p, rule, a, b) : p.severities[rule];
}

function keyTextOf(s: RuleSubject, kind: number): string {
  const week = isWeekly(kind) ? s.window.first : null;
  return groupKeyText(
    s.rule,
    s.motions.map((m) => m.id),
    s.blackout?.id ?? null,
    week,
  );
}

/** Account `i`'s direct motions with touches in week `w`, their touches and active days. */
function pressureOf(p: CompiledPlan, i: number, w: number) {
  const monday = 7 * w - 3;
  let touches = 0;
  let first = monday + 6;
  let last = monday;
  const motions: ConflictMotion[] = [];
  const days = p.datesOn(i);
  for (const m of p.lists[i] ?? []) {
    if (!p.mDirect[m] || p.mTouches[m]! <= 0) continue;
    const from = Math.max(days.start[m]!, monday);
    const to = Math.min(days.end[m]!, monday + 6);
    if (from > to) continue;
    touches += (p.mTouches[m]! * (to - from + 1)) / 7;
    first = Math.min(first, from);
    last = Math.max(last, to);
    motions.push(motion(p, m));
  }
  return { touches, motions, window: range(first, last) };
}

/** The days a record covers for account `i`, with its own days of the motions. */
function ownWindow(p: CompiledPlan, ref: GroupRef, i: number) {
  const [kind, a, b] = ref;
  const days = p.datesOn(i);
  let first = days.start[a]!;
  let last = days.end[a]!;
  if (kind === REC_PAIR) {
    first = Math.max(first, days.start[b]!);
    last = Math.min(last, days.end[b]!);
  } else if (kind === REC_BLACKOUT) {
    first = Math.max(first, p.bStart[b]!);
    last = Math.min(last, p.bEnd[b]!);
  }
  return range(first, last);
}

/** What a group's conflicts share: computed once per group, reused for each of its accounts. */
interface GroupParts {
  subject: RuleSubject;
  keyText: string;
  groupId: string;
  severity: Severity;
  resolutions: Resolution[] | null;
}

/** A cache of GroupParts for one run over many conflicts (an export, a test). */
export type PartsCache = Map<string, GroupParts>;

function partsOf(
  p: CompiledPlan,
  ref: GroupRef,
  rule: ConflictRule,
  cache: PartsCache | null,
  withResolutions: boolean,
): GroupParts {
  const [kind, a, b] = ref;
  const cacheKey = cache ? `${kind},${a},${b},${rule}` : '';
  const cached = cache?.get(cacheKey);
  if (cached && (cached.resolutions || !withResolutions)) return cached;
  const subject = subjectOf(p, kind, a, b, rule);
  const keyText = keyTextOf(subject, kind);
  const parts: GroupParts = {
    subject,
    keyText,
    groupId: groupIdOf(keyText),
    severity: severity(p, kind, a, b, rule),
    resolutions: withResolutions ? resolutions(subject) : null,
  };
  cache?.set(cacheKey, parts);
  return parts;
}

export function groupOf(
  index: ConflictIndex,
  ref: GroupRef,
  rule: ConflictRule,
  count: number,
  withResolutions = true,
): ConflictGroup {
  const [kind] = ref;
  const parts = partsOf(index.plan, ref, rule, null, withResolutions);
  const s = parts.subject;
  return {
    id: parts.groupId,
    ref,
    rule,
    severity: parts.severity,
    motionIds: s.motions.map((m) => m.id),
    blackoutId: s.blackout?.id ?? null,
    week: isWeekly(kind) ? s.window.first : null,
    title: groupTitle(s),
    accountCount: count,
    window: s.window,
    resolutions: parts.resolutions ?? [],
  };
}

/**
 * Every group with at least one account (in the given tiers: 0 = no tier). `onProgress`
 * hears after each slot (a long run reports from it and may stop by throwing).
 */
export function listGroups(
  index: ConflictIndex,
  tiers: readonly number[] | null = null,
  withResolutions = true,
  onProgress?: (done: number, total: number) => void,
): ConflictGroup[] {
  const g = index.groups;
  const out: ConflictGroup[] = [];
  for (let slot = 0; slot < g.slotCount; slot++) {
    onProgress?.(slot, g.slotCount);
    const count = g.total(slot, tiers);
    if (count <= 0) continue;
    const ref = [g.keys[3 * slot]!, g.keys[3 * slot + 1]!, g.keys[3 * slot + 2]!] as const;
    for (const rule of rulesOf(index.plan, ref[0], ref[1], ref[2])) {
      out.push(groupOf(index, ref, rule, count, withResolutions));
    }
  }
  return out;
}

export function conflictOf(
  index: ConflictIndex,
  ref: GroupRef,
  rule: ConflictRule,
  i: number,
  cache: PartsCache | null = null,
): Conflict {
  const p = index.plan;
  const [kind, a] = ref;
  const account = p.accounts[i]!;
  const parts = partsOf(p, ref, rule, cache, true);
  let s = parts.subject;
  // Pressure is the one rule whose motions and days differ by account; the others differ only
  // for an account with days of its own (the group's window spans every account's).
  if (kind === REC_PRESSURE) s = { ...s, ...pressureOf(p, i, a) };
  else if (p.hasOwnDays(i)) s = { ...s, window: ownWindow(p, ref, i) };
  let people: Conflict['people'];
  if (kind === REC_PERSON) {
    const found = personPressureOf(p, i, a);
    people = found.people;
    s = {
      ...s,
      people,
      touches: people[0]?.touches ?? 0,
      motions: found.motions.map((m) => motion(p, m)),
      window: range(found.first, found.last),
    };
  }
  return {
    id: conflictIdOf(parts.keyText, account.id),
    groupId: parts.groupId,
    rule,
    severity: parts.severity,
    motionIds: s.motions.map((m) => m.id),
    accountId: account.id,
    blackoutId: s.blackout?.id ?? null,
    window: s.window,
    touches: isWeekly(kind) ? (s.touches ?? 0) : null,
    ...(people ? { people } : {}),
    explanation: explain(s, account),
    // The motions (and so the exclusions that help) differ by account, as for contact pressure.
    resolutions: kind === REC_PERSON ? resolutions(s) : (parts.resolutions ?? []),
  };
}

const sharedBuffer = new RecordBuffer();
const sharedScratch = new SweepScratch();

/** Account `i`'s conflicts, ordered as the sweep meets them. */
export function accountConflicts(
  index: ConflictIndex,
  i: number,
  cache: PartsCache | null = null,
): Conflict[] {
  const buf = sharedBuffer;
  buf.clear();
  sharedScratch.fit(index.plan.minWeek, index.plan.maxWeek);
  sweepAccount(index.plan, i, buf, sharedScratch);
  const out: Conflict[] = [];
  for (let r = 0; r < buf.length; r += 3) {
    const ref = [buf.data[r]!, buf.data[r + 1]!, buf.data[r + 2]!] as const;
    for (const rule of rulesOf(index.plan, ref[0], ref[1], ref[2]))
      out.push(conflictOf(index, ref, rule, i, cache));
  }
  return out;
}

/** Every conflict, account by account (for export and for tests; K objects). */
export function* allConflicts(index: ConflictIndex): Generator<Conflict> {
  const cache: PartsCache = new Map();
  for (let i = 0; i < index.plan.accounts.length; i++) yield* accountConflicts(index, i, cache);
}

/** The accounts behind a group (positions), optionally only in some tiers. */
export function groupAccounts(
  index: ConflictIndex,
  ref: GroupRef,
  tiers: readonly number[] | null = null,
): number[] {
  const p = index.plan;
  const [kind, a, b] = ref;
  const inTier = (i: number) => !tiers || tiers.includes(p.aTier[i]!);
  const out: number[] = [];
  if (isWeekly(kind)) {
    const byAccount = kind === REC_PRESSURE ? index.pressureWeeks : index.personWeeks;
    byAccount.forEach((weeks, i) => {
      if (weeks && weeks.includes(a) && inTier(i)) out.push(i);
    });
    return out;
  }
  const audience = p.audiences[a] ?? [];
  let keep: (i: number) => boolean;
  if (kind === REC_PAIR) {
    const other = new Set(p.audiences[b] ?? []);
    keep = (i) => other.has(i);
  } else if (kind === REC_OWNER) {
    keep = (i) => p.aPrimary[i]! >= 0 && p.aPrimary[i] !== p.mSide[a];
  } else if (kind === REC_BLACKOUT) {
    const global = p.globalBlackouts.includes(b);
    keep = (i) => global || (p.aBlackouts[i]?.includes(b) ?? false);
  } else keep = (i) => p.aTarget[i] === 0;
  for (let j = 0; j < audience.length; j++) {
    const i = audience[j]!;
    if (keep(i) && inTier(i) && (!p.hasOwnDays(i) || meetsOn(p, ref, i))) out.push(i);
  }
  return out.sort((x, y) => x - y);
}

/** For an account with days of its own: whether the record's days still meet on it. */
function meetsOn(p: CompiledPlan, ref: GroupRef, i: number): boolean {
  const [kind, a, b] = ref;
  const list = p.lists[i];
  if (!list || !list.includes(a) || (kind === REC_PAIR && !list.includes(b))) return false;
  if (kind !== REC_PAIR && kind !== REC_BLACKOUT) return true;
  const w = ownWindow(p, ref, i);
  return w.first <= w.last;
}

export { TIER_SLOTS };
