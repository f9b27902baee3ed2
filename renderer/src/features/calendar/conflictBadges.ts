/**
 * Conflict badges on bars: the number of conflicting accounts per motion, from the conflicts
 * feature (accepted groups left out). Kept behind this one module so the calendar has a single
 * integration point with conflict detection.
 */
export { useMotionConflictCounts } from '../conflicts/useConflictCounts';
