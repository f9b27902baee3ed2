/**
 * The shape every benchmark module in test/bench/*.bench.ts follows. build/scripts/bench.mjs
 * bundles each module, calls its default export, and writes the results as JSON under
 * bench-results/ and as a table. With `smoke` the module runs once at a tiny size (npm test).
 */
export interface BenchContext {
  smoke: boolean;
  log: (message: string) => void;
  /**
   * Builds the bench app once per run (the app plus test/bench/app's window hooks, in
   * dist-bench/) and gives its path, for benches that drive Chromium.
   */
  benchApp: () => Promise<string>;
  /** Path of the Chromium binary (CHROMIUM_PATH or /usr/bin/chromium). */
  chromiumPath: string;
}

export interface BenchResult {
  /** e.g. 'accounts import 100k'. */
  name: string;
  value: number;
  unit: 'ms' | 'MB' | 'x' | 'ratio' | 'count';
  /** Human-readable target, e.g. '≤ 1.5'. */
  target?: string;
  /** Whether the target was met (omit when there is no target). */
  pass?: boolean;
  /** The baseline measured in the same run, when this result is compared to one. */
  baseline?: { name: string; value: number; unit: string };
  note?: string;
}

export type BenchModule = (ctx: BenchContext) => Promise<BenchResult[]>;
