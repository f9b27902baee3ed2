/**
 * Reads one cell into an account field's value, or a reason why it cannot be read. Every
 * import (CSV, CLI) and the grid's inline edit share these, so a value means the same
 * everywhere.
 */
import type { AccountStatus, Side, Tier } from '../domain/types';
import { parseNumber, type DecimalSeparator } from './parseNumber';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

/** '1', 'Tier 1', 'tier_1' (HubSpot), 'T1', '1:1', '1:few', '1:many'; '' → null. */
export function parseTier(raw: string): Parsed<Tier | null> {
  const s = raw.trim().toLowerCase();
  if (s === '') return ok(null);
  if (s === '1:1') return ok(1);
  if (s === '1:few') return ok(2);
  if (s === '1:many') return ok(3);
  const m = /^(?:tier[\s_-]*|t)?([123])$/.exec(s);
  if (m) return ok(Number(m[1]) as Tier);
  return bad(`"${raw}" is not a tier (1, 2 or 3)`);
}

/**
 * A target flag that is off ('false', 'no', 'n', '0'): the account is not a target, which a
 * removed account is not either, so such a cell never turns a removed account into a candidate.
 */
export function isTargetFlagOff(raw: string): boolean {
  return ['false', 'no', 'n', '0'].includes(raw.trim().toLowerCase());
}

/** Status words and target flags: 'target', 'true', 'yes', '1' → target; 'false', 'no', '0' → candidate. */
export function parseStatus(raw: string): Parsed<AccountStatus | null> {
  const s = raw.trim().toLowerCase();
  if (s === '') return ok(null);
  if (['target', 'true', 'yes', 'y', '1', 'x'].includes(s)) return ok('target');
  if (['candidate', 'false', 'no', 'n', '0'].includes(s)) return ok('candidate');
  if (s === 'removed') return ok('removed');
  return bad(`"${raw}" is not a status (candidate, target, removed, or true/false)`);
}

export function parsePrimaryTeam(raw: string): Parsed<Side | null> {
  const s = raw.trim().toLowerCase();
  if (s === '') return ok(null);
  if (s === 'sales' || s === 'sales ops') return ok('sales');
  if (s === 'marketing' || s === 'marketing ops') return ok('marketing');
  return bad(`"${raw}" is not a team (sales or marketing)`);
}

/** A count of people: a whole number, not negative. */
export function parseEmployees(
  raw: string,
  decimal: DecimalSeparator = '.',
): Parsed<number | null> {
  const n = parseNumber(raw, decimal);
  if (!n.ok) return n;
  if (n.value === null) return ok(null);
  if (n.value < 0 || !Number.isInteger(n.value)) {
    return bad(`"${raw}" is not a whole number of employees`);
  }
  return ok(n.value);
}

export function parseRevenue(raw: string, decimal: DecimalSeparator = '.'): Parsed<number | null> {
  const n = parseNumber(raw, decimal);
  if (!n.ok) return n;
  if (n.value !== null && n.value < 0) return bad(`"${raw}" is a negative revenue`);
  return ok(n.value);
}

export function parseIntent(raw: string, decimal: DecimalSeparator = '.'): Parsed<number | null> {
  const n = parseNumber(raw, decimal);
  if (!n.ok) return n;
  if (n.value !== null && (n.value < 0 || n.value > 100)) {
    return bad(`"${raw}" is outside the intent score range 0–100`);
  }
  return ok(n.value);
}

/** Tags split on ; , or |, trimmed, without repeats (compared without case). */
export function parseTags(raw: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of raw.split(/[;,|]/)) {
    const tag = part.trim();
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      tags.push(tag);
    }
  }
  return tags;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export function isEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

/** 'jane.doe@x.com' → 'Jane Doe', for owner columns that hold only an e-mail. */
export function nameFromEmail(email: string): string {
  const local = email.split('@')[0] ?? '';
  return local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((w) => w[0]?.toUpperCase() + w.slice(1))
    .join(' ');
}
