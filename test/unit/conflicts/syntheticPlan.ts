/**
 * A seeded, realistic plan for benchmarks: accounts in tiers (5 % Tier 1, 20 % Tier 2, the rest
 * Tier 3) and segments, motions spread over a year with audiences by tier, segment and
 * explicit lists, a few blackouts. Same seed, same plan.
 */
import { addDays } from '../../../shared/dates/calendarDate';
import { DEFAULT_SETTINGS } from '../../../shared/domain/defaults';
import type { Blackout, Channel, Team, Tier } from '../../../shared/domain/types';
import type { ConflictAccount, ConflictMotion } from '../../../shared/conflicts/types';

export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEGMENTS = Array.from({ length: 60 }, (_, i) => `segment-${i}`);
const THEMES = ['security', 'cost savings', 'ai', 'migration', 'compliance', 'growth'];
const KINDS: [Team, Channel][] = [
  ['Marketing', 'email'],
  ['Marketing', 'ads'],
  ['Marketing Ops', 'email'],
  ['Marketing', 'event'],
  ['Marketing', 'content'],
  ['Marketing', 'direct mail'],
  ['Sales', 'email'],
  ['Sales', 'phone'],
  ['Sales', 'linkedin'],
  ['Sales Ops', 'email'],
];

export function syntheticAccounts(count: number, seed = 1): ConflictAccount[] {
  const rnd = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const r = rnd();
    const status = r < 0.7 ? 'target' : r < 0.95 ? 'candidate' : 'removed';
    const t = rnd();
    const tier: Tier = t < 0.05 ? 1 : t < 0.25 ? 2 : 3;
    const tags = [SEGMENTS[Math.floor(rnd() * SEGMENTS.length)]!];
    if (rnd() < 0.5) tags.push(SEGMENTS[Math.floor(rnd() * SEGMENTS.length)]!);
    const p = rnd();
    const primaryTeam = p < 0.1 ? 'sales' : p < 0.15 ? 'marketing' : null;
    return { id: `acc-${i}`, name: `Account ${i}`, status, tier, tags, primaryTeam };
  });
}

export function syntheticMotions(count: number, accountCount: number, seed = 2): ConflictMotion[] {
  const rnd = seededRandom(seed);
  const pick = () => `acc-${Math.floor(rnd() * accountCount)}`;
  return Array.from({ length: count }, (_, i) => {
    const [team, channel] = KINDS[Math.floor(rnd() * KINDS.length)]!;
    const short = channel === 'event';
    const start = addDays('2027-01-04', Math.floor(rnd() * 350));
    const length = short ? Math.floor(rnd() * 3) : 7 + Math.floor(rnd() * 28);
    const a = rnd();
    // A few always-on programs per tier (1:many nurtures reach all of Tier 3), the rest by segment.
    const tiers: Tier[] = a < 0.01 ? [3] : a < 0.04 ? [2] : a < 0.1 ? [1] : [];
    const segments = tiers.length ? [] : [SEGMENTS[Math.floor(rnd() * SEGMENTS.length)]!];
    if (segments.length && rnd() < 0.2)
      segments.push(SEGMENTS[Math.floor(rnd() * SEGMENTS.length)]!);
    return {
      id: `mot-${i}`,
      name: `Motion ${i}`,
      team,
      channel,
      start,
      end: addDays(start, length),
      touchesPerWeek: team.startsWith('Sales') ? 1 + Math.floor(rnd() * 2) : 1,
      theme: rnd() < 0.5 ? '' : THEMES[Math.floor(rnd() * THEMES.length)]!,
      status: 'Planned',
      audience: {
        tiers,
        segments,
        match: 'all',
        include: Array.from({ length: Math.floor(rnd() * 30) }, pick),
        exclude: Array.from({ length: Math.floor(rnd() * 10) }, pick),
      },
    };
  });
}

export function syntheticBlackouts(accountCount: number, seed = 3): Blackout[] {
  const rnd = seededRandom(seed);
  const out: Blackout[] = [];
  const add = (scope: Blackout['scope'], length: number) => {
    const start = addDays('2027-01-04', Math.floor(rnd() * 350));
    out.push({
      id: `blk-${out.length}`,
      scope,
      start,
      end: addDays(start, length),
      reason: 'synthetic',
    });
  };
  for (let i = 0; i < 4; i++) add({ kind: 'everyone' }, 2);
  for (let i = 0; i < 8; i++) add({ kind: 'segment', segment: SEGMENTS[i * 5]! }, 10);
  for (let i = 0; i < Math.ceil(accountCount / 200); i++) {
    add({ kind: 'account', accountId: `acc-${Math.floor(rnd() * accountCount)}` }, 20);
  }
  return out;
}

export const SYNTHETIC_SETTINGS = DEFAULT_SETTINGS;
