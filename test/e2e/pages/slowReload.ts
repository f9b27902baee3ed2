/**
 * Reloads the page with the CPU slowed (DevTools throttling) and records every distinct text
 * `probe` reads, as the page changes (a MutationObserver installed before the app's scripts
 * run), so a spec can check what a user saw while a big list came in, not just where it
 * ended. The probe runs in the page: it is sent as its source, so it may use only `document`.
 */
import type { CDPSession, Page } from '@playwright/test';

export class SlowReload {
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async start(page: Page, probe: () => string | null | undefined): Promise<SlowReload> {
    // `content` goes through CDP, so the app's strict CSP (no eval) does not apply to it.
    await page.addInitScript({
      content: `(() => {
        const seen = [];
        window.__slowReloadSeen = seen;
        const probe = ${probe.toString()};
        const record = () => {
          const text = probe();
          if (text && seen[seen.length - 1] !== text) seen.push(text);
        };
        new MutationObserver(record).observe(document, {
          subtree: true, childList: true, characterData: true, attributes: true,
        });
      })();`,
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
    await page.reload();
    return new SlowReload(page, cdp);
  }

  /** Every distinct text the probe read since the reload, in order. */
  seen(): Promise<string[]> {
    return this.page.evaluate(
      () => (window as unknown as { __slowReloadSeen: string[] }).__slowReloadSeen,
    );
  }

  /** Back to full speed. */
  async fullSpeed(): Promise<void> {
    await this.cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
}
