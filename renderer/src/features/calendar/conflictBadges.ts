/**
 * Integration point for conflict badges on bars. The conflicts feature is to export
 * useMotionConflictCounts(): Map<motionId, count> from ../conflicts/useConflictCounts; until
 * it does, bars show no badge. Swap the body for a re-export when it lands.
 */
const EMPTY = new Map<string, number>();

export function useMotionConflictCounts(): Map<string, number> {
  return EMPTY;
}
