/**
 * A diagnostic for planViewLongTasks.ts: the page's main-thread CPU profile (Chrome DevTools
 * Protocol, sampled every 0.5 ms), saved as a .cpuprofile (open it in DevTools), and each
 * stretch of busy samples longer than 50 ms logged with the functions it spent its time in —
 * which code made each long task. Build the bench app with BENCH_NO_MINIFY=1 for names.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const IDLE = new Set(['(idle)']);

function frameName(n: ProfileNode): string {
  const f = n.callFrame;
  const file = f.url.split('/').pop() ?? '';
  return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
}

/** Busy stretches over `minMs`, each with its top functions by self and by total time. */
export function longStretches(profile: CpuProfile, minMs = 50): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const out: string[] = [];
  let at = 0;
  let run: { from: number; samples: [number, number][] } | null = null;
  const flush = (to: number) => {
    if (!run) return;
    const ms = (to - run.from) / 1000;
    if (ms >= minMs) {
      const self = new Map<string, number>();
      const total = new Map<string, number>();
      for (const [id, dt] of run.samples) {
        const node = byId.get(id)!;
        self.set(frameName(node), (self.get(frameName(node)) ?? 0) + dt);
        const seen = new Set<string>();
        for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
          const name = frameName(byId.get(cur)!);
          if (seen.has(name)) continue;
          seen.add(name);
          total.set(name, (total.get(name) ?? 0) + dt);
        }
      }
      const top = (m: Map<string, number>, k: number) =>
        [...m]
          .sort((a, b) => b[1] - a[1])
          .slice(0, k)
          .map(([n, us]) => `${(us / 1000).toFixed(0)} ms ${n}`)
          .join(' | ');
      out.push(
        `busy ${ms.toFixed(0)} ms at ${(run.from / 1000).toFixed(0)} ms\n      self: ${top(self, 8)}\n      total: ${top(total, 16)}`,
      );
    }
    run = null;
  };
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i] ?? 0;
    const id = profile.samples[i]!;
    const dt = profile.timeDeltas[i + 1] ?? 0;
    if (IDLE.has(byId.get(id)!.callFrame.functionName)) flush(at);
    else (run ??= { from: at, samples: [] }).samples.push([id, dt]);
  }
  flush(at);
  return out;
}

export async function startMainThreadProfile(page: Page, file: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  return {
    stop: async (log: (m: string) => void) => {
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      writeFileSync(file, JSON.stringify(profile));
      for (const s of longStretches(profile)) log(s);
    },
  };
}
