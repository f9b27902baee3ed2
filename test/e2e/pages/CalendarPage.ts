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

  /** In the open motion editor: the planning constraints ('default' leaves one unset). */
  async setPlanning(p: {
    locked?: 'default' | 'yes' | 'no';
    window?: 'default' | 'month' | 'quarter' | { weeks: number };
    minimumAudience?: string;
  }): Promise<void> {
    const d = this.dialog();
    if (p.locked) await d.getByLabel('Locked dates').selectOption(p.locked);
    if (typeof p.window === 'string') await d.getByLabel('Allowed window').selectOption(p.window);
    else if (p.window) {
      await d.getByLabel('Allowed window').selectOption('weeks');
      await d.getByLabel('Weeks either side').fill(String(p.window.weeks));
    }
    if (p.minimumAudience !== undefined)
      await d.getByLabel('Minimum audience (%)').fill(p.minimumAudience);
  }

  /** Opens a motion's editor from its bar in the quarter view. */
  async editMotion(name: string): Promise<void> {
    await this.bar(name).dblclick();
    await expect(this.dialog().getByRole('heading', { name: `Edit ${name}` })).toBeVisible();
  }

  /** In the open motion editor: the per-account dates (waves, hand-overs) part. */
  accountDates(): Locator {
    return this.dialog().getByRole('group', { name: /^Per-account dates/ });
  }

  /** The accounts listed with days of their own in the open editor. */
  accountDatesRows(): Locator {
    return this.accountDates()
      .getByRole('table', { name: 'Accounts with dates of their own' })
      .getByRole('row');
  }

  async saveMotion(): Promise<void> {
    await this.dialog().getByRole('button', { name: 'Save motion' }).click();
    await expect(this.dialog()).toBeHidden();
  }

  /** Picks the period on screen: Month, Quarter, Half year or Year. */
  async setZoom(zoom: 'Month' | 'Quarter' | 'Half year' | 'Year'): Promise<void> {
    await this.zoom().selectOption({ label: zoom });
  }

  /** The zoom picker (its name also holds the chosen option: "Zoom Quarter"). */
  zoom(): Locator {
    return this.page.getByRole('combobox', { name: /^Zoom\b/ });
  }

  /** The names of the motions drawn as bars in the quarter view, in the order drawn. */
  async barNames(): Promise<string[]> {
    const labels = await this.quarterView()
      .getByRole('button', { name: /, / })
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    return labels.map((l) => l.split(', ')[0] ?? '').filter((n) => n !== '');
  }

  /** The "+N more" buttons of the month view ("3 more motions in the week of …"). */
  moreButtons(): Locator {
    return this.monthView().getByRole('button', { name: /^\d+ more motions? in the week of / });
  }

  /** Pixels per day of the quarter view as drawn now (the period fits the window's width). */
  async pxPerDay(): Promise<number> {
    return Number(await this.quarterView().getAttribute('data-px-per-day'));
  }

  /** Drags a bar horizontally by `days` days at the timeline's current scale. */
  async dragBar(name: string, days: number): Promise<void> {
    const pxPerDay = await this.pxPerDay();
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

  /** A day's cell in one month's grid of the month view, e.g. ('February 2027', '2027-02-11'). */
  monthDay(month: string, iso: string): Locator {
    return this.monthView().getByRole('region', { name: month }).locator(`[data-date="${iso}"]`);
  }

  /**
   * Drags a motion's month bar from day `from` to day `to` of `month` with the mouse, by its
   * body or by its end edge; `whileOver` runs with the pointer over `to`, before the drop.
   */
  async dragMonthBar(
    name: string,
    month: string,
    from: string,
    to: string,
    opts: { grip?: 'body' | 'end'; whileOver?: () => Promise<void> } = {},
  ): Promise<void> {
    await this.monthDay(month, from).scrollIntoViewIfNeeded();
    const cell = await this.monthDay(month, from).boundingBox();
    const target = await this.monthDay(month, to).boundingBox();
    if (!cell || !target) throw new Error(`No day cell for ${from} or ${to} in ${month}`);
    // The bar segment drawn over the grabbed day (a motion has one per week it runs in).
    let grab: { x: number; y: number } | null = null;
    for (const bar of await this.monthBars(name).all()) {
      const b = await bar.boundingBox();
      if (!b || b.y < cell.y || b.y + b.height > cell.y + cell.height) continue;
      const x = opts.grip === 'end' ? b.x + b.width - 3 : cell.x + cell.width / 2;
      if (x >= b.x && x <= b.x + b.width) grab = { x, y: b.y + b.height / 2 };
    }
    if (!grab) throw new Error(`No bar for ${name} on ${from}`);
    const x1 = target.x + target.width / 2;
    // The middle of the target day: week rows without bars are shorter than the grabbed one.
    const y1 = target.y + target.height / 2;
    await this.page.mouse.move(grab.x, grab.y);
    await this.page.mouse.down();
    const steps = 8;
    for (let i = 1; i <= steps; i++)
      await this.page.mouse.move(
        grab.x + ((x1 - grab.x) * i) / steps,
        grab.y + ((y1 - grab.y) * i) / steps,
      );
    if (opts.whileOver) await opts.whileOver();
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

  /** Answers the import's date-order question (asked once for columns like 3/10/2027). */
  async answerDateOrder(order: 'Day first' | 'Month first'): Promise<void> {
    await this.dialog()
      .getByRole('group', { name: 'Date order' })
      .getByRole('radio', { name: new RegExp(`^${order}:`) })
      .check();
  }

  /** The encoding picker of the import dialog and its preview of the file's first rows. */
  encodingPicker(file: string): { select: Locator; preview: Locator } {
    return {
      select: this.dialog().getByLabel(`Encoding of ${file}`),
      preview: this.dialog().getByRole('table', { name: `First rows of ${file}` }),
    };
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
