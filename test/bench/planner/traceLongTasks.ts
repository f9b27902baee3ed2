/**
 * A diagnostic for planViewLongTasks.ts (PLAN_TRACE=file.json): a Chrome trace of one phase
 * (Chrome DevTools Protocol Tracing: devtools.timeline, v8.gc, blink), saved for DevTools'
 * Performance panel, and each main-thread task over 50 ms logged with what it spent its time
 * in (script, garbage collection, style, layout, paint, commit) — what a long animation
 * frame's "render" part that is neither script nor style and layout was.
 */
import { writeFileSync } from 'node:fs';
import type { CDPSession, Page } from '@playwright/test';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.gc',
  'disabled-by-default-v8.gc',
  'blink',
  'blink.user_timing',
  'toplevel',
  'v8.execute',
];

async function readStream(cdp: CDPSession, handle: string): Promise<string> {
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  return text;
}

/** Main-thread tasks over `minMs`, each with the time of its children by name (top 8). */
export function longTasksOf(events: TraceEvent[], minMs = 50): string[] {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return ['no CrRendererMain thread in the trace'];
  const onMain = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur)
    .sort((a, b) => a.ts - b.ts);
  const out: string[] = [];
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.dur! >= minMs * 1000);
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    const by = new Map<string, number>();
    for (const e of onMain) {
      if (e === task || e.ts < task.ts || e.ts + e.dur! > end) continue;
      by.set(e.name, (by.get(e.name) ?? 0) + e.dur!);
    }
    const top = [...by]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10)
      .map(([n, us]) => `${n} ${(us / 1000).toFixed(1)}`)
      .join(', ');
    out.push(`task ${(task.dur! / 1000).toFixed(0)} ms at ${(task.ts / 1000).toFixed(0)}: ${top}`);
  }
  return out;
}

export async function startTrace(page: Page, file: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: CATEGORIES },
  });
  return {
    async stop(log: (m: string) => void): Promise<void> {
      const done = new Promise<string>((resolve) =>
        cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream!)),
      );
      await cdp.send('Tracing.end');
      const text = await readStream(cdp, await done);
      writeFileSync(file, text);
      const parsed = JSON.parse(text) as { traceEvents: TraceEvent[] } | TraceEvent[];
      const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
      for (const line of longTasksOf(events)) log(`trace: ${line}`);
      await cdp.detach();
    },
  };
}
