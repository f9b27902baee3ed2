/**
 * `npm run fuzz -- --cases 10000`: malformed CSV and corrupted workspace files through the
 * command line. The pure core runs in a worker thread with a 30-second watchdog (a case that
 * does not answer is a hang, and the worker is replaced); a few hundred cases then run through
 * the real process, each in a folder of its own. Prints a table; writes the JSON report to
 * bench-results/fuzz.json (--out). Exits 1 when a case crashed, hung, changed a file on failure,
 * left a file behind, lost data or failed with an unclear message.
 *
 * Options: --cases N (10000) --process N (300) --seed S (1) --scale full|test (full)
 *          --only ID (one case, core and process) --out FILE
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { buildCli } from '../cli/builtCli';
import { generateCase } from './cases';
import type { Scale } from './fuzzCase';
import { runInProcess } from './processRunner';
import { HANG_MS, runInCore, type Outcome } from './pureRunner';
import { formatTable, isFinding, summarize } from './report';

interface Job {
  seed: number;
  id: number;
  scale: Scale;
}

/** The worker says which case it runs before running it, so a hang is reported as that case. */
type FromWorker = { started: Pick<Outcome, 'family' | 'kind'> } | { outcome: Outcome };

if (!isMainThread && (workerData as { abmFuzz?: boolean } | null)?.abmFuzz) {
  parentPort?.on('message', (job: Job) => {
    const fuzzCase = generateCase(job.seed, job.id, job.scale);
    parentPort?.postMessage({ started: { family: fuzzCase.family, kind: fuzzCase.kind } });
    parentPort?.postMessage({ outcome: runInCore(fuzzCase) } satisfies FromWorker);
  });
}

/** Building a full-scale case (a 90 MB workspace) is no part of the command's 30 seconds. */
const GENERATE_MS = 2 * HANG_MS;

/**
 * Runs core cases one at a time in a worker; a command that takes over 30 s (counted from
 * when its case is built) is a hang.
 */
class CoreWorker {
  private worker = this.start();

  private start(): Worker {
    return new Worker(new URL(import.meta.url), { workerData: { abmFuzz: true } });
  }

  run(job: Job): Promise<Outcome> {
    return new Promise((resolve) => {
      let which: Pick<Outcome, 'family' | 'kind'> = { family: 'csv', kind: '(not built)' };
      const hang = (ms: number, detail: string) => () => {
        this.worker.removeAllListeners('message');
        void this.worker.terminate();
        this.worker = this.start();
        resolve({
          id: job.id,
          ...which,
          runner: 'core',
          verdict: 'hang',
          exitCode: null,
          ms,
          changedOnFailure: false,
          tempFilesLeft: [],
          lostData: null,
          detail,
        });
      };
      let timer = setTimeout(hang(GENERATE_MS, 'the case was not built in 60 s'), GENERATE_MS);
      const onMessage = (message: FromWorker) => {
        clearTimeout(timer);
        if ('started' in message) {
          which = message.started;
          timer = setTimeout(hang(HANG_MS, 'no answer in 30 s'), HANG_MS);
          return;
        }
        this.worker.off('message', onMessage);
        resolve(message.outcome);
      };
      this.worker.on('message', onMessage);
      this.worker.postMessage(job);
    });
  }

  stop(): Promise<number> {
    return this.worker.terminate();
  }
}

/**
 * The last `--name value` wins: `npm run fuzz -- --cases 300` appends to the script's own
 * `--cases 10000`, and the person's choice comes last.
 */
export function option(args: string[], name: string, fallback: string): string {
  const at = args.lastIndexOf(`--${name}`);
  return at >= 0 && args[at + 1] !== undefined ? (args[at + 1] as string) : fallback;
}

export async function main(args: string[]): Promise<void> {
  const seed = Number(option(args, 'seed', '1'));
  const only = args.includes('--only') ? Number(option(args, 'only', '0')) : null;
  const cases = only !== null ? 1 : Number(option(args, 'cases', '10000'));
  const processCases = only !== null ? 1 : Number(option(args, 'process', '300'));
  const scale = option(args, 'scale', 'full') as Scale;
  const out = option(args, 'out', 'bench-results/fuzz.json');
  const ids = (from: number, n: number) =>
    only !== null ? [only] : Array.from({ length: n }, (_, i) => from + i);

  const outcomes: Outcome[] = [];
  const started = Date.now();
  const core = new CoreWorker();
  for (const id of ids(1, cases)) {
    outcomes.push(await core.run({ seed, id, scale }));
    if (id % 500 === 0)
      console.error(
        `core: ${id} of ${cases} cases, ${Math.round((Date.now() - started) / 1000)} s`,
      );
  }
  await core.stop();

  const cli = await buildCli();
  try {
    // The process cases are new ones (ids after the core cases), at test scale: a process run
    // is slower, and what it adds is the file system (temp files, changed files, exit codes).
    for (const id of ids(cases + 1, processCases)) {
      const outcome = runInProcess(generateCase(seed, id, only !== null ? scale : 'test'), cli.bin);
      outcomes.push(outcome);
      if (outcomes.length % 50 === 0)
        console.error(`process: ${outcomes.length - cases} of ${processCases} cases`);
    }
  } finally {
    cli.remove();
  }

  const report = summarize(seed, outcomes);
  console.log(formatTable(report));
  console.log(`\n${Math.round((Date.now() - started) / 1000)} s`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    `${JSON.stringify({ ...report, cases, processCases, scale, seconds: Math.round((Date.now() - started) / 1000) }, null, 2)}\n`,
  );
  console.log(`Report written to ${out}`);
  process.exitCode = outcomes.some(isFinding) ? 1 : 0;
}
