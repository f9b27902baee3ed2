/** The calendar section: toolbar, motion editor, bars in both views, import dialog. */
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import type { AppPage } from './AppPage';

export interface MotionInput {
  name: string;
  kind?: string;
  start: string;
  end: string;
  tiers?: number[];
}

export class CalendarPage {
  constructor(
    readonly page: Page,
    readonly app: AppPage,
  ) {}

  async open(): Promise<void> {
    await this.app.goTo('Calendar');
    await expect(this.page.getByRole('heading', { name: 'Calendar', level: 1 })).toBeVisible();
  }

  quarterView(): Locator {
    return this.page.getByRole('region', { name: 'Quarter view' });
  }

  monthView(): Locator {
    return this.page.getByRole('region', { name: 'Month view' });
  }

  async showQuarterView(): Promise<void> {
    await this.page.getByRole('button', { name: 'Quarter view' }).click();
    await expect(this.quarterView()).toBeVisible();
  }

  async showMonthView(): Promise<void> {
    await this.page.getByRole('button', { name: 'Month view' }).click();
    await expect(this.monthView()).toBeVisible();
  }

  /** A motion's bar in the quarter view, found by the start of its accessible label. */
  bar(name: string): Locator {
    return this.quarterView().getByRole('button', { name: new RegExp(`^${escape(name)},`) });
  }

  monthBars(name: string): Locator {
    return this.monthView().getByRole('button', { name: new RegExp(`^${escape(name)},`) });
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async createMotion(m: MotionInput): Promise<void> {
    await this.page.getByRole('button', { name: 'New motion' }).click();
    const d = this.dialog();
    await d.getByLabel('Name').fill(m.name);
    if (m.kind) await d.getByLabel('Kind').selectOption(m.kind);
    await d.getByLabel('Start', { exact: true }).fill(m.start);
    await d.getByLabel('End', { exact: true }).fill(m.end);
    for (const tier of m.tiers ?? [])
      await d.getByRole('checkbox', { name: `Tier ${tier}` }).check();
    await d.getByRole('button', { name: 'Create motion' }).click();
    await expect(d).toBeHidden();
  }

  /** Drags a bar horizontally by `days` days at the quarter zoom's scale. */
  async dragBar(name: string, days: number, pxPerDay = 13): Promise<void> {
    const box = await this.bar(name).boundingBox();
    if (!box) throw new Error(`No bar for ${name}`);
    const y = box.y + box.height / 2;
    const x = box.x + box.width / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    const steps = 8;
    for (let i = 1; i <= steps; i++)
      await this.page.mouse.move(x + (days * pxPerDay * i) / steps, y);
    await this.page.mouse.up();
  }

  /** Clicks an export button and returns the saved file's name and text. */
  async exportFile(
    button: 'Export .ics' | 'Export CSV',
  ): Promise<{ name: string; text: string; path: string }> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: button }).click();
    const d = await download;
    const path = await d.path();
    return { name: d.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
  }

  async importFile(path: string): Promise<void> {
    await this.app.chooseFiles(
      () => this.page.getByRole('button', { name: 'Import motions…' }).click(),
      path,
    );
    await expect(this.dialog()).toBeVisible();
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
