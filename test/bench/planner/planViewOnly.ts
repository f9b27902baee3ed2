/**
 * Runs only the planner benchmark's browser part (planViewLongTasks.ts), at the full
 * size unless told: `node build/scripts/run-ts.mjs test/bench/planner/planViewOnly.ts
 * [ACCOUNTS MOTIONS]` (PLAN_PROFILE=file.cpuprofile BENCH_NO_MINIFY=1 to see where each long
 * task spends its time). The whole module (`bench.mjs --only planner`) also runs the node
 * planner and the greedy baseline at full size first, minutes of CPU on a shared machine.
 */
import { resolve } from 'node:path';
import { buildBenchApp } from '../app/buildBenchApp';
import { planViewLongTasks } from './planViewLongTasks';

export async function main(args: string[]): Promise<void> {
  const [accounts = 100_000, motions = 1_000] = args.map(Number);
  let built: Promise<string> | undefined;
  const results = await planViewLongTasks(
    {
      smoke: false,
      log: (m) => console.log(`  ${m}`),
      benchApp: () => (built ??= buildBenchApp(resolve('.'))),
      chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    },
    accounts,
    motions,
  );
  for (const r of results) console.log(`${r.name}: ${r.value.toFixed(0)} ${r.unit}\n  ${r.note}`);
}
