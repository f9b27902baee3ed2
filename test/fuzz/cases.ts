/**
 * The fuzz cases of a run: case `id` of seed `seed` is always the same file and command, so any
 * finding can be replayed alone (`npm run fuzz -- --seed S --only ID`).
 */
import { csvCase } from './csvCases';
import type { FuzzCase, Scale } from './fuzzCase';
import { Random } from './random';
import { workspaceCase } from './workspaceCases';

export function generateCase(seed: number, id: number, scale: Scale): FuzzCase {
  const r = new Random(Math.imul(seed, 1_000_003) + id);
  return r.chance(0.55) ? csvCase(id, r, scale) : workspaceCase(id, r, scale);
}
