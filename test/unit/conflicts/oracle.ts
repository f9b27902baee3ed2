/**
 * A plain pairwise reading of PRODUCT.md's seven rules and issue 18's person pressure, for checking the engine: every account
 * against every pair of motions, every week day by day, and each audience read from the
 * motion's own tiers, segments and lists (never the engine's resolved audiences), and each
 * motion's days on an account read as that account's own (a wave, a hand-over). Slow on
 * purpose and obviously right; the property test and the benchmark compare the engine with it.
 */
import { toDayNumber, fromDayNumber, weekdayOfDay } from '../../../shared/dates/calendarDate';
import { sideOfTeam } from '../../../shared/domain/types';
import { activeRangeOn } from '../../../shared/motions/accountDates';
import type {
  ConflictAccount,
  ConflictPlan,
  ConflictMotion,
} from '../../../shared/conflicts/types';

/** One conflict as a comparable line: rule|motion ids|account|blackout|first|last|severity. */
export type ConflictLine = string;

export function lineOf(c: {
  rule: string;
  motionIds: readonly string[];
  accountId: string;
  blackoutId: string | null;
  window: { first: string; last: string };
  severity: string;
}): ConflictLine {
  const ids = [...c.motionIds].sort().join(',');
  return [
    c.rule,
    ids,
    c.accountId,
    c.blackoutId ?? '',
    c.window.first,
    c.window.last,
    c.severity,
  ].join('|');
}

const norm = (s: string) => s.trim().toLowerCase();

/**
 * PRODUCT.md "Audience", word for word: targets in any listed tier, targets with any listed
 * segment, both when both are set and the motion matches all; include adds, exclude removes last.
 */
export function oracleHolds(m: ConflictMotion, account: ConflictAccount): boolean {
  const a = m.audience;
  if (a.exclude.includes(account.id)) return false;
  if (a.include.includes(account.id)) return true;
  if (account.status !== 'target') return false;
  const byTier = account.tier !== null && a.tiers.includes(account.tier);
  const bySegment = a.segments.some((s) => account.tags.some((t) => norm(t) === norm(s)));
  if (a.tiers.length > 0 && a.segments.length > 0 && a.match === 'all') return byTier && bySegment;
  return byTier || bySegment;
}

export function oracleConflicts(plan: ConflictPlan): ConflictLine[] {
  const { accounts, settings } = plan;
  const out: ConflictLine[] = [];
  const direct = (m: ConflictMotion) => settings.directChannels.includes(m.channel);
  const email = (m: ConflictMotion) => settings.emailChannels.includes(m.channel);
  const live = plan.motions.map((m) => {
    if (m.status === 'Aborted') return false;
    try {
      return toDayNumber(m.start) <= toDayNumber(m.end);
    } catch {
      return false;
    }
  });
  const day = (d: string) => toDayNumber(d);
  const emit = (
    rule: string,
    ms: ConflictMotion[],
    accountId: string,
    first: number,
    last: number,
    severity: string,
    blackoutId: string | null = null,
  ) =>
    out.push(
      lineOf({
        rule,
        motionIds: ms.map((m) => m.id),
        accountId,
        blackoutId,
        window: { first: fromDayNumber(first), last: fromDayNumber(last) },
        severity,
      }),
    );

  /** Issue 18: each person's touches per week from the motions that reach them, day by day. */
  const personPressure = (account: ConflictAccount, touching: ConflictMotion[]) => {
    const at = accounts.indexOf(account);
    const people = (plan.people ?? []).filter((p) => p.account === at);
    const reaches = (m: ConflictMotion, p: (typeof people)[number]) => {
      const personas = (m.audience.personas ?? []).map(norm).filter((x) => x !== '');
      if (personas.length > 0 && !personas.includes(norm(p.persona))) return false;
      if (m.channel === 'phone' ? p.doNotCall : p.emailOptOut) return false;
      return m.channel !== 'email' || p.hasEmail;
    };
    const cap = settings.personTouchCap ?? 2;
    const from = Math.min(...touching.map((m) => day(m.start)));
    const to = Math.max(...touching.map((m) => day(m.end)));
    for (let monday = from - weekdayOfDay(from); monday <= to; monday += 7) {
      const inWeek = (m: ConflictMotion) =>
        Math.min(day(m.end), monday + 6) - Math.max(day(m.start), monday) + 1;
      const over = people.filter((p) => {
        let sevenths = 0;
        for (const m of touching)
          if (reaches(m, p) && inWeek(m) > 0) sevenths += m.touchesPerWeek * inWeek(m);
        return sevenths > cap * 7 + 1e-9;
      });
      if (over.length === 0) continue;
      const active = touching.filter((m) => inWeek(m) > 0 && over.some((p) => reaches(m, p)));
      const first = Math.min(...active.map((m) => Math.max(day(m.start), monday)));
      const last = Math.max(...active.map((m) => Math.min(day(m.end), monday + 6)));
      emit(
        'person-pressure',
        active,
        account.id,
        first,
        last,
        settings.severities['person-pressure'],
      );
    }
  };

  accounts.forEach((account) => {
    // The motion as this account sees it: its own days, when it has some (none: not touched).
    const mine = plan.motions.flatMap((m, mi) => {
      if (!live[mi] || !oracleHolds(m, account)) return [];
      const days = activeRangeOn(m, account.id);
      return days ? [{ ...m, ...days }] : [];
    });
    // Pair rules 1, 2, 6: every pair of motions holding the account.
    for (let x = 0; x < mine.length; x++) {
      for (let y = x + 1; y < mine.length; y++) {
        const a = mine[x]!;
        const b = mine[y]!;
        const first = Math.max(day(a.start), day(b.start));
        const last = Math.min(day(a.end), day(b.end));
        if (first > last) continue;
        if (direct(a) && direct(b)) {
          if (sideOfTeam(a.team) !== sideOfTeam(b.team)) {
            const setting = settings.severities['cross-team'];
            const lower = setting === 'block' ? 'warn' : 'info';
            emit(
              'cross-team',
              [a, b],
              account.id,
              first,
              last,
              email(a) && email(b) ? setting : lower,
            );
          } else if (a.channel === b.channel) {
            emit(
              'same-channel',
              [a, b],
              account.id,
              first,
              last,
              settings.severities['same-channel'],
            );
          }
        }
        if (norm(a.theme) !== '' && norm(b.theme) !== '' && norm(a.theme) !== norm(b.theme)) {
          emit(
            'messaging-clash',
            [a, b],
            account.id,
            first,
            last,
            settings.severities['messaging-clash'],
          );
        }
      }
    }
    for (const m of mine) {
      // Rule 7: named in the include list, not a target.
      if (m.audience.include.includes(account.id) && account.status !== 'target') {
        emit(
          'off-list',
          [m],
          account.id,
          day(m.start),
          day(m.end),
          settings.severities['off-list'],
        );
      }
      if (!direct(m)) continue;
      // Rule 4: the other side touches an account with a primary team.
      if (account.primaryTeam !== null && account.primaryTeam !== sideOfTeam(m.team)) {
        emit(
          'primary-owner',
          [m],
          account.id,
          day(m.start),
          day(m.end),
          settings.severities['primary-owner'],
        );
      }
      // Rule 5: a blackout covering the account overlaps the motion.
      for (const b of plan.blackouts) {
        const covers =
          b.scope.kind === 'everyone' ||
          (b.scope.kind === 'account' && b.scope.accountId === account.id) ||
          (b.scope.kind === 'segment' &&
            account.tags.some((t) => norm(t) === norm((b.scope as { segment: string }).segment)));
        const first = Math.max(day(m.start), day(b.start));
        const last = Math.min(day(m.end), day(b.end));
        if (covers && first <= last)
          emit('blackout', [m], account.id, first, last, settings.severities.blackout, b.id);
      }
    }
    // Rule 3: touches per Monday–Sunday week, day by day.
    const touching = mine.filter((m) => direct(m) && m.touchesPerWeek > 0);
    if (touching.length === 0) return;
    personPressure(account, touching);
    const from = Math.min(...touching.map((m) => day(m.start)));
    const to = Math.max(...touching.map((m) => day(m.end)));
    for (let monday = from - weekdayOfDay(from); monday <= to; monday += 7) {
      let sevenths = 0;
      let first = Infinity;
      let last = -Infinity;
      const active: ConflictMotion[] = [];
      for (const m of touching) {
        let days = 0;
        for (let d = monday; d < monday + 7; d++) {
          if (d >= day(m.start) && d <= day(m.end)) {
            days++;
            first = Math.min(first, d);
            last = Math.max(last, d);
          }
        }
        if (days > 0) active.push(m);
        sevenths += m.touchesPerWeek * days;
      }
      if (sevenths > settings.weeklyTouchCap * 7 + 1e-9) {
        emit(
          'contact-pressure',
          active,
          account.id,
          first,
          last,
          settings.severities['contact-pressure'],
        );
      }
    }
  });
  return out.sort();
}
