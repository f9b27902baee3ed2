/** Cleared conflicts summed up: the same rule against the same party once, and by severity. */
import type { Severity } from '../domain/types';
import type { Cleared } from './reasons';

export function mergeCleared(cleared: readonly Cleared[]): Cleared[] {
  const byKey = new Map<string, Cleared>();
  for (const c of cleared) {
    const key = `${c.rule}|${c.severity}|${c.against}|${c.isBlackout}`;
    const seen = byKey.get(key);
    if (seen) seen.count += c.count;
    else byKey.set(key, { ...c });
  }
  return [...byKey.values()];
}

export function severityTotals(cleared: readonly Cleared[]): Record<Severity, number> {
  const t = { block: 0, warn: 0, info: 0 };
  for (const c of cleared) t[c.severity] += c.count;
  return t;
}
