/** The Agreement page and the QBR pack page: edit the agreement, build, present, print. */
import { expect, type Locator, type Page } from '@playwright/test';
import type { AppPage } from './AppPage';

export class AgreementPage {
  constructor(
    readonly page: Page,
    readonly app: AppPage,
  ) {}

  async open(): Promise<void> {
    await this.app.goTo('Agreement');
    await expect(this.page.getByRole('heading', { name: 'Operating agreement' })).toBeVisible();
  }

  part(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  sla(): Locator {
    return this.page.getByLabel('Handoff SLA');
  }
}

export class QbrPage {
  constructor(
    readonly page: Page,
    readonly app: AppPage,
  ) {}

  async open(): Promise<void> {
    await this.app.goTo('QBR pack');
    await expect(this.page.getByRole('heading', { name: 'QBR pack', exact: true })).toBeVisible();
  }

  quarter(): Locator {
    return this.page.getByLabel('Quarter the meeting plans');
  }

  section(title: string): Locator {
    return this.page.getByRole('checkbox', { name: title, exact: true });
  }

  async build(): Promise<number> {
    await this.page.getByRole('button', { name: 'Build pack' }).click();
    const status = this.page.getByRole('status').filter({ hasText: /: \d+ pages\./ });
    await expect(status).toBeVisible({ timeout: 30_000 });
    return Number(/(\d+) pages/.exec((await status.textContent()) ?? '')?.[1]);
  }

  preview(): Locator {
    return this.page.getByRole('region', { name: 'Pack preview' });
  }

  presenter(): Locator {
    return this.page.getByRole('dialog', { name: 'Presenting the QBR pack' });
  }

  slideTitle(): Locator {
    return this.presenter().locator('.qbr-title');
  }
}
