/** The Conflicts section: grouped list, filters, group details with resolutions and acceptance. */
import { expect, type Locator, type Page } from '@playwright/test';
import type { AppPage } from './AppPage';

export class ConflictsPage {
  constructor(
    readonly page: Page,
    readonly app: AppPage,
  ) {}

  async open(): Promise<void> {
    await this.app.goTo('Conflicts');
    await expect(this.page.getByRole('heading', { name: 'Conflicts', level: 1 })).toBeVisible();
    await expect(
      this.page.getByRole('status').filter({ hasText: /accounts checked/ }),
    ).toBeVisible();
  }

  list(): Locator {
    return this.page.getByRole('table', { name: 'Conflicts by motion pair' });
  }

  /**
   * The row of a group, found by its title ("Q1 nurture ↔ AE outbound") and, when given, its
   * rule's full name (the row shows a short one, with the full name as its title).
   */
  row(title: string, rule?: string): Locator {
    const rows = this.list()
      .getByRole('row')
      .filter({ has: this.page.getByRole('button', { name: title, exact: true }) });
    return rule ? rows.filter({ has: this.page.getByTitle(rule, { exact: true }) }) : rows;
  }

  /** The summary's open-conflict counts by rule ("Cross-team collision" → 142). */
  async countsByRule(): Promise<Map<string, number>> {
    const texts = await this.page
      .getByRole('list', { name: 'Conflicts by rule' })
      .getByRole('button')
      .allTextContents();
    return new Map(
      texts.map((t) => {
        const [rule = '', n = '0'] = t.split(': ');
        return [rule, Number(n.replace(/,/g, ''))];
      }),
    );
  }

  /** The summary's open-conflict counts by severity ("block" → 830). */
  async countsBySeverity(): Promise<Record<string, number>> {
    const texts = await this.page
      .getByRole('list', { name: 'Conflicts by severity' })
      .getByRole('button')
      .allTextContents();
    return Object.fromEntries(
      texts.map((t) => {
        const [n = '0', severity = ''] = t.trim().split(/\s+/);
        return [severity, Number(n.replace(/,/g, ''))];
      }),
    );
  }

  /** Opens "Propose a plan" from the header. */
  async openPlanner(): Promise<void> {
    await this.page.getByRole('button', { name: 'Propose a plan…' }).click();
    await expect(
      this.page.getByRole('heading', { name: 'Propose a plan', level: 1 }),
    ).toBeVisible();
  }

  /** Opens the group of one rule for a motion pair and returns its details panel. */
  async openGroupOf(title: string, rule: string): Promise<Locator> {
    await this.row(title, rule).getByRole('button', { name: title, exact: true }).click();
    const detail = this.detail(title);
    await expect(detail).toBeVisible();
    return detail;
  }

  async filterByMotion(name: string): Promise<void> {
    await this.page
      .getByRole('combobox', { name: 'Motion', exact: true })
      .selectOption({ label: name });
  }

  async showAccepted(show: boolean): Promise<void> {
    await this.page.getByRole('checkbox', { name: 'Show accepted' }).setChecked(show);
  }

  async openGroup(title: string): Promise<Locator> {
    await this.row(title).getByRole('button', { name: title, exact: true }).click();
    const detail = this.detail(title);
    await expect(detail).toBeVisible();
    return detail;
  }

  detail(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  async resolve(title: string, resolution: string | RegExp): Promise<void> {
    const detail = await this.openGroup(title);
    await detail
      .getByRole('group', { name: 'Resolutions' })
      .getByRole('button', { name: resolution })
      .click();
  }

  async accept(title: string, note: string): Promise<void> {
    const detail = await this.openGroup(title);
    await detail.getByRole('textbox', { name: 'Note' }).fill(note);
    await detail.getByRole('button', { name: 'Accept with note' }).click();
  }
}
