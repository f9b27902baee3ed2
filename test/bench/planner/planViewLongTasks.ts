/**
 * The Plan view in real Chromium (issue 15: "no main-thread task over 50 ms" while the
 * planner runs and while its proposal is reviewed and accepted): the bench build, seeded with
 * a big plan through the calendar's bench hook (test/bench/app/calendarHook.ts), opens
 * "Propose a plan" and goes through a user's session while a PerformanceObserver collects
 * every 'longtask': propose (reading the plan, the worker's progress, receiving and rendering
 * the proposal), review (scroll the change list, untick a motion's changes and one change and
 * wait for the recount, tick them again), accept (the write, one commit) and the conflicts
 * view refreshed by the detection worker after the write. Each long task is attributed to the
 * phase it started in. With PLAN_PROFILE=file.cpuprofile the main thread's CPU profile is
 * saved too, and the functions busy in each long stretch are logged (profileLongTasks.ts);
 * with PLAN_TRACE=file.json a Chrome trace of the conflicts phase (traceLongTasks.ts).
 */
import type { Page } from '@playwright/test';
import type { BenchContext, BenchResult } from '../types';
import { shiftFiscalQuarter } from '../../../shared/dates/fiscal';
import { localToday } from '../../../shared/dates/calendarDate';
import { openBenchApp } from '../benchBrowser';
import { startMainThreadProfile } from './profileLongTasks';
import { startTrace } from './traceLongTasks';

interface Watched {
  __planLongTasks: { start: number; duration: number }[];
  /** Long animation frames' script attribution (what each long task ran; the rest is GC etc.). */
  __planFrames: { start: number; blocking: number; scripts: string }[];
  __planPhases: { name: string; at: number; heapMb: number }[];
}

type Phase = 'propose' | 'review' | 'accept' | 'conflicts';

/** Marks a phase's start, with the page's JS heap then (MB, Chromium's performance.memory). */
const mark = (page: Page, name: Phase | 'end') =>
  page.evaluate((n) => {
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    (window as unknown as Watched).__planPhases.push({
      name: n,
      at: performance.now(),
      heapMb: Math.round((memory?.usedJSHeapSize ?? 0) / 1e6),
    });
  }, name);

/** Two frames and a pause: whatever the last step rendered or scheduled is in. */
const settle = async (page: Page, ms: number) => {
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  await page.waitForTimeout(ms);
};

// The waits and clicks below find elements by CSS, not by role: Playwright's role queries run
// in the page and, over a list of thousands of rows, are long tasks of their own that the
// Long Tasks API would count against the app.
const waitCss = (page: Page, css: string, timeout = 600_000) =>
  page.waitForFunction((c) => !!document.querySelector(c), css, { timeout, polling: 100 });

async function review(page: Page, smoke: boolean): Promise<void> {
  const recounted = () => waitCss(page, '.plan-counts[aria-busy="false"]');
  // Scroll through the list as a reader would, a screen at a time.
  for (let i = 0; i < (smoke ? 2 : 10); i++) {
    await page.mouse.move(700, 600);
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(100);
  }
  const group = page.locator('.plan-changes input[aria-label^="All changes to "]').first();
  const one = page.locator('.plan-changes li input[type="checkbox"]').nth(1);
  for (const box of [group, one]) {
    await box.uncheck();
    await recounted();
  }
  for (const box of [one, group]) {
    await box.check();
    await recounted();
  }
  await one.uncheck();
  await recounted();
}

export async function planViewLongTasks(
  ctx: BenchContext,
  accounts: number,
  motions: number,
): Promise<BenchResult[]> {
  const { browser, base, close } = await openBenchApp(ctx);
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const open = async () => {
      await page.goto(`${base}#/plan`);
      await page.waitForFunction(() => !!window.__abmCalendarBench);
    };
    await open();
    // The next quarter: the Plan view plans from today, and a plan already under way would
    // keep most of its motions' dates instead of being planned.
    const start = shiftFiscalQuarter(localToday(), 1, 1).start;
    await page.evaluate(
      ([a, m, s]) => window.__abmCalendarBench!.seed(a as number, m as number, s as string),
      [accounts, motions, start] as const,
    );
    // A fresh page, so the stores read the seeded plan as a user's session would.
    await open();
    const propose = page.getByRole('button', { name: 'Propose', exact: true });
    await propose.waitFor();
    await page.waitForTimeout(ctx.smoke ? 100 : 2000);
    const profile = process.env.PLAN_PROFILE
      ? await startMainThreadProfile(page, process.env.PLAN_PROFILE)
      : null;
    await page.evaluate(() => {
      const w = window as unknown as Watched;
      w.__planLongTasks = [];
      w.__planPhases = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          w.__planLongTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask' });
      w.__planFrames = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & {
          blockingDuration: number;
          renderStart: number;
          styleAndLayoutStart: number;
          scripts: { invoker: string; duration: number; sourceFunctionName: string }[];
        })[]) {
          if (e.blockingDuration <= 0) continue;
          const scripts = e.scripts
            .map(
              (x) =>
                `${x.invoker}${x.sourceFunctionName ? ` ${x.sourceFunctionName}` : ''} ${x.duration.toFixed(0)}`,
            )
            .join(', ');
          const end = e.startTime + e.duration;
          const render = e.renderStart > 0 ? end - e.renderStart : 0;
          const layout = e.styleAndLayoutStart > 0 ? end - e.styleAndLayoutStart : 0;
          w.__planFrames.push({
            start: e.startTime,
            blocking: e.blockingDuration,
            scripts: `${scripts}; frame ${e.duration.toFixed(0)}, render ${render.toFixed(0)} (style+layout ${layout.toFixed(0)})`,
          });
        }
      }).observe({ type: 'long-animation-frame' });
    });
    const t0 = Date.now();
    // PLAN_TRACE=file.json: a Chrome trace of the conflicts phase (traceLongTasks.ts).
    let trace: Awaited<ReturnType<typeof startTrace>> | null = null;
    await mark(page, 'propose');
    await propose.click();
    await page.waitForFunction(
      () =>
        !!document.querySelector('.plan-proposal') ||
        !!document.querySelector('.plan-message')?.textContent?.includes('nothing to change'),
      undefined,
      { timeout: 600_000, polling: 100 },
    );
    const ms = Date.now() - t0;
    await settle(page, ctx.smoke ? 200 : 1000);
    const changes = await page
      .locator('.plan-proposal > p')
      .first()
      .textContent({ timeout: 1000 })
      .catch(() => '');
    const proposed = (await page.locator('.plan-proposal').count()) > 0;
    if (proposed) {
      await mark(page, 'review');
      await review(page, ctx.smoke);
      await settle(page, ctx.smoke ? 200 : 500);
      await mark(page, 'accept');
      await page.locator('.plan-actions button.primary').click();
      await page
        .waitForFunction(
          () => document.querySelector('.plan-message')?.textContent?.startsWith('Accepted '),
          undefined,
          { timeout: 600_000, polling: 100 },
        )
        .catch(async (e: unknown) => {
          const said = await page.locator('.plan-message').textContent();
          throw new Error(`Accept did not finish: "${said}" (${String(e)})`);
        });
      await settle(page, ctx.smoke ? 200 : 1000);
      await mark(page, 'conflicts');
      trace = process.env.PLAN_TRACE ? await startTrace(page, process.env.PLAN_TRACE) : null;
      // In-app navigation (no reload): the view the write's detection run refreshes.
      await page.evaluate(() => (location.hash = '#/conflicts'));
      await page.waitForFunction(
        () =>
          document
            .querySelector('.conflicts-header [role="status"]')
            ?.textContent?.includes('accounts checked'),
        undefined,
        { timeout: 600_000, polling: 100 },
      );
      await settle(page, ctx.smoke ? 200 : 2000);
    }
    await mark(page, 'end');
    await trace?.stop(ctx.log);
    const { tasks, phases, frames } = await page.evaluate(() => {
      const w = window as unknown as Watched;
      return { tasks: w.__planLongTasks, phases: w.__planPhases, frames: w.__planFrames };
    });
    if (profile) await profile.stop(ctx.log);
    await context.close();
    const phaseOf = (at: number): Phase =>
      ([...phases].reverse().find((p) => p.name !== 'end' && p.at <= at)?.name as Phase) ??
      'propose';
    const byPhase = new Map<Phase, number[]>();
    for (const t of tasks) {
      const list = byPhase.get(phaseOf(t.start)) ?? [];
      list.push(t.duration);
      byPhase.set(phaseOf(t.start), list);
    }
    const longest = Math.max(0, ...tasks.map((t) => t.duration));
    const label = `${accounts.toLocaleString('en-US')} accounts × ${motions.toLocaleString('en-US')} motions`;
    const perPhase = (['propose', 'review', 'accept', 'conflicts'] as const)
      .map((p) => {
        const d = byPhase.get(p) ?? [];
        return `${p}: ${d.length ? d.map((x) => x.toFixed(0)).join(', ') + ' ms' : 'none'}`;
      })
      .join('; ');
    ctx.log(
      `Plan view, ${label}: proposal shown after ${ms} ms; long tasks by phase — ${perPhase}`,
    );
    // When each long task started, in seconds after its phase began: which step made it.
    const phaseAt = (p: Phase) => phases.find((x) => x.name === p)?.at ?? 0;
    const when = tasks
      .map((t) => {
        const p = phaseOf(t.start);
        return `${p} ${t.duration.toFixed(0)} ms at +${((t.start - phaseAt(p)) / 1000).toFixed(2)} s`;
      })
      .join('; ');
    if (when) ctx.log(`long tasks: ${when}`);
    for (const f of frames) {
      const p = phaseOf(f.start);
      const at = ((f.start - phaseAt(p)) / 1000).toFixed(2);
      ctx.log(`blocking frame: ${p} +${at} s, blocking ${f.blocking.toFixed(0)} ms: ${f.scripts}`);
    }
    ctx.log(
      `JS heap at each phase's start: ${phases.map((p) => `${p.name} ${p.heapMb} MB`).join(', ')}`,
    );
    return [
      {
        name: `longest main-thread task while proposing, reviewing and accepting, Plan view in Chromium, ${label}`,
        value: longest,
        unit: 'ms',
        ...(ctx.smoke ? {} : { target: '≤ 50', pass: longest <= 50 }),
        note: `from the click on Propose through scrolling the list, unticking and ticking changes (recounts), Accept and the conflicts view after it (proposal shown after ${(ms / 1000).toFixed(1)} s; ${changes?.trim() ?? ''}); long tasks (> 50 ms, Long Tasks API) by phase — ${perPhase}`,
      },
    ];
  } finally {
    await close();
  }
}
