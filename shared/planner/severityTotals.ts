/**
 * How many block and warn conflicts a change to the index adds or clears: what a shift is
 * scored by. Far cheaper than a full preview (preview.ts matches and names every group it
 * touches), so the planner can try every motion at every week; the preview is run once, for
 * the shift it keeps, to word the reason.
 */
import { rulesOf, type ConflictIndex } from '../conflicts';
import { severityOf } from '../conflicts/pairRules';
import { REC_PAIR } from '../conflicts/records';
import type { ConflictGroup } from '../conflicts/types';

export interface Totals {
  block: number;
  warn: number;
}

/** Keys of accepted groups as the sweep records name them: kind,a,b,rule. */
export function acceptedKeys(
  groups: readonly ConflictGroup[],
  accepted: ReadonlySet<string>,
): Set<string> {
  return new Set(
    groups.filter((g) => accepted.has(g.id)).map((g) => `${g.ref.join(',')},${g.rule}`),
  );
}

/**
 * The change in block and warn totals while `run` changes the index: every record the
 * incremental update sweeps out (−1) or back in (+1), by the rules and severities it has at
 * that moment. Costs what the update costs, not a scan of every group.
 */
export function measureDelta(
  index: ConflictIndex,
  accepted: ReadonlySet<string>,
  run: () => void,
): Totals {
  const p = index.plan;
  const delta: Totals = { block: 0, warn: 0 };
  index.recorder = (_account, sign, data, length) => {
    for (let r = 0; r < length; r += 3) {
      const kind = data[r]!;
      const a = data[r + 1]!;
      const b = data[r + 2]!;
      for (const rule of rulesOf(p, kind, a, b)) {
        const severity = kind === REC_PAIR ? severityOf(p, rule, a, b) : p.severities[rule];
        if (severity === 'info') continue;
        if (accepted.size > 0 && accepted.has(`${kind},${a},${b},${rule}`)) continue;
        delta[severity] += sign;
      }
    }
  };
  try {
    run();
  } finally {
    index.recorder = null;
  }
  return delta;
}
