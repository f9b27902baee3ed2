/** The Review section: the results import and the quarterly review's tables and charts. */
import { expect, type Page } from '@playwright/test';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppPage } from './AppPage';

export const RESULTS_FIXTURES = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../fixtures/results',
);

export class ReviewPage {
  constructor(
    readonly page: Page,
    readonly app = new AppPage(page),
  ) {}

  async open(): Promise<void> {
    await this.app.goTo('Review');
    await expect(this.page.getByRole('heading', { name: 'Quarterly review' })).toBeVisible();
  }

  importDialog() {
    return this.page.getByRole('dialog', { name: 'Import results' });
  }

  /** Picks results files; the dialog opens with their mapping and preview. */
  async chooseResults(...names: string[]): Promise<void> {
    await this.app.chooseFiles(
      () => this.page.getByRole('button', { name: 'Import results…' }).click(),
      names.map((n) => join(RESULTS_FIXTURES, n)),
    );
    await expect(this.importDialog()).toBeVisible();
  }

  preview() {
    return this.importDialog().getByRole('list', { name: 'Import preview' });
  }

  async confirmImport(): Promise<void> {
    await this.importDialog()
      .getByRole('button', { name: /^Import \d+ opportunities$/ })
      .click();
    await expect(this.importDialog()).toBeHidden();
  }

  table(name: string) {
    return this.page.getByRole('table', { name });
  }

  /** A row of a table by its heading cell. */
  row(table: string, heading: string) {
    return this.table(table)
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: heading, exact: true }) });
  }
}
