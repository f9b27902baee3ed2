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

export function usePlanTables() {
  const motions = useLive('motions') ?? NO_MOTIONS;
  const blackouts = useLive('blackouts') ?? NO_BLACKOUTS;
  const acceptances = useLive('conflictAcceptances') ?? NONE;
  return { motions, blackouts, acceptances };
}

/** Group id → its valid acceptance. */
export function useValidAcceptances(): Map<string, ConflictAcceptance> {
  const summary = useConflictsStore((s) => s.summary);
  const { motions, blackouts, acceptances } = usePlanTables();
  return useMemo(() => {
    const byId = new Map(acceptances.map((a) => [a.id, a]));
    const valid = new Map<string, ConflictAcceptance>();
    if (byId.size === 0) return valid;
    for (const g of summary?.groups ?? []) {
      if (!byId.has(g.id)) continue;
      const found = validAcceptance(g.id, groupFingerprint(g, motions, blackouts), byId);
      if (found) valid.set(g.id, found);
    }
    return valid;
  }, [summary, motions, blackouts, acceptances]);
}

export function useAcceptedGroupIds(): Set<string> {
  const valid = useValidAcceptances();
  return useMemo(() => new Set(valid.keys()), [valid]);
}
