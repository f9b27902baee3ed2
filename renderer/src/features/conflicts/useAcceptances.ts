/**
 * Acceptances that still hold: an acceptance counts only while its fingerprint matches the
 * current dates and audiences of the group's motions (and blackout).
 */
import { useMemo } from 'react';
import { groupFingerprint, validAcceptance } from '../../../../shared/conflicts/acceptance';
import type { Blackout, ConflictAcceptance, Motion } from '../../../../shared/domain/types';
import { useLive } from '../../store/liveTables';
import { useConflictsStore } from './conflictsClient';

const NONE: ConflictAcceptance[] = [];
const NO_MOTIONS: Motion[] = [];
const NO_BLACKOUTS: Blackout[] = [];
/** The one answer while no group is accepted: the Conflicts view's list is not refiltered
 * because the motions arrived or changed (a new empty map each time had it redo ~66,000). */
const NO_VALID: ReadonlyMap<string, ConflictAcceptance> = new Map();

export function usePlanTables() {
  const motions = useLive('motions') ?? NO_MOTIONS;
  const blackouts = useLive('blackouts') ?? NO_BLACKOUTS;
  const acceptances = useLive('conflictAcceptances') ?? NONE;
  return { motions, blackouts, acceptances };
}

/** Group id → its valid acceptance. */
export function useValidAcceptances(): ReadonlyMap<string, ConflictAcceptance> {
  const summary = useConflictsStore((s) => s.summary);
  const { motions, blackouts, acceptances } = usePlanTables();
  return useMemo(() => {
    if (acceptances.length === 0) return NO_VALID;
    const byId = new Map(acceptances.map((a) => [a.id, a]));
    const valid = new Map<string, ConflictAcceptance>();
    for (const g of summary?.groups ?? []) {
      if (!byId.has(g.id)) continue;
      const found = validAcceptance(g.id, groupFingerprint(g, motions, blackouts), byId);
      if (found) valid.set(g.id, found);
    }
    return valid;
  }, [summary, motions, blackouts, acceptances]);
}

export function useAcceptedGroupIds(): ReadonlySet<string> {
  return useAcceptedIds(useValidAcceptances());
}

/**
 * The accepted groups' ids, the same Set while they are the same ids: the acceptances are
 * checked again whenever the motions change, and a new Set each time filtered the Conflicts
 * view's list again.
 */
export function useAcceptedIds(
  valid: ReadonlyMap<string, ConflictAcceptance>,
): ReadonlySet<string> {
  const key = useMemo(() => JSON.stringify([...valid.keys()].sort()), [valid]);
  return useMemo(() => new Set(JSON.parse(key) as string[]), [key]);
}
