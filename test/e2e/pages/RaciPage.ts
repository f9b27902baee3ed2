/** The RACI section: grids, the editor's cells, the live checks, presenter mode, CSV files. */
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import type { AppPage } from './AppPage';

export class RaciPage {
  constructor(
    readonly page: Page,
    readonly app: AppPage,
  ) {}

  async open(): Promise<void> {
    await this.app.goTo('RACI');
    await expect(this.page.getByRole('heading', { name: 'RACI', exact: true })).toBeVisible();
  }

  gridList(): Locator {
    return this.page.getByRole('complementary', { name: 'RACI grids' });
  }

  gridInList(name: string): Locator {
    return this.gridList().getByRole('listitem').filter({ hasText: name });
  }

  async createFromTemplate(template: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'New RACI grid' });
    await form.getByLabel('Start from').selectOption({ label: template });
    await form.getByRole('button', { name: 'Create grid' }).click();
    await expect(this.page.getByLabel('Grid name')).toHaveValue(template);
  }

  grid(): Locator {
    return this.page.getByRole('grid');
  }

  cell(role: string, activity: string): Locator {
    return this.grid().getByRole('gridcell', { name: `${role} for ${activity}`, exact: true });
  }

  findings(): Locator {
    return this.page.getByRole('list', { name: 'Findings' }).getByRole('button');
  }

  finding(text: string | RegExp): Locator {
    return this.findings().filter({ hasText: text });
  }

  counts(): Locator {
    return this.page.locator('.raci-counts');
  }

  presenter(): Locator {
    return this.page.getByRole('dialog', { name: 'Presenter mode' });
  }

  async present(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect(this.presenter()).toBeVisible();
    return this.presenter();
  }

  async exportCsv(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Export CSV', exact: true }).click();
    return download;
  }

  async importCsv(path: string): Promise<void> {
    await this.app.chooseFiles(
      () => this.gridList().getByRole('button', { name: 'Import CSV…' }).click(),
      path,
    );
  }
}
