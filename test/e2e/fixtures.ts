/**
 * Shared fixtures: every test gets a fresh browser context (so an empty IndexedDB) and fails
 * if the page logs a console error, throws, violates the Content-Security-Policy, or sends a
 * request anywhere but the local server.
 * `app` is the page object of the shell (navigation, first start, backup and restore).
 */
import { test as base, expect, type Page } from '@playwright/test';
import { AppPage } from './pages/AppPage';

interface Fixtures {
  app: AppPage;
  pageProblems: string[];
}

export const test = base.extend<Fixtures>({
  pageProblems: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    // Offline-first: nothing may leave the machine.
    page.on('request', (req) => {
      const url = new URL(req.url());
      const local = ['data:', 'blob:'].includes(url.protocol) || url.hostname === '127.0.0.1';
      if (!local) problems.push(`request left the machine: ${req.url()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await use(problems);
    expect(problems, 'the page logged errors or CSP violations').toEqual([]);
  },
  app: async ({ page, pageProblems }, use) => {
    void pageProblems;
    await use(new AppPage(page));
  },
});

export { expect };
export type { Page };
