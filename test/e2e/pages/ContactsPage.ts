/** The Contacts section: importing people, the table of people and their account matches. */
import { expect, type Locator, type Page } from '@playwright/test';
import type { AppPage } from './AppPage';

export class ContactsPage {
  constructor(
    readonly page: Page,
    readonly app: AppPage,
  ) {}

  async open(): Promise<void> {
    await this.app.goTo('Contacts');
    await expect(this.page.getByRole('heading', { name: 'Contacts', exact: true })).toBeVisible();
  }

  /** Imports CSV files made in the test, through the mapping and preview, and waits for the toast. */
  /** Imports one file; `beforeImport` runs once its preview is shown. */
  async importCsv(name: string, text: string, beforeImport?: () => Promise<void>): Promise<void> {
    await this.app.chooseFiles(
      () => this.page.getByRole('button', { name: 'Import contacts CSV…' }).click(),
      [{ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') }],
    );
    await expect(this.preview()).toBeVisible();
    await beforeImport?.();
    await this.page.getByRole('button', { name: 'Import', exact: true }).click();
    // An earlier import's toast may still be on screen: the newest one is the last.
    await expect(this.preview()).toBeHidden();
    await expect(this.app.toast(/^Imported contacts:/).last()).toBeVisible();
  }

  /** The mapping of one file's column (its select). */
  column(file: string, header: string): Locator {
    return this.page.getByLabel(`Column ${header} of ${file}`);
  }

  preview(): Locator {
    return this.page.getByRole('region', { name: 'Import preview' });
  }

  table(): Locator {
    return this.page.getByRole('table', { name: 'Contacts and leads' });
  }

  row(name: string): Locator {
    return this.table().getByRole('row').filter({ hasText: name });
  }

  /** Types `text` in the table's search (the table pages through everyone, 100 at a time). */
  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search' }).fill(text);
  }

  /** The pager's "1–100 of 312". */
  pager(): Locator {
    return this.page.getByRole('navigation', { name: 'Pages of contacts' });
  }

  async show(which: 'Everyone' | 'Matched people' | 'Unmatched people'): Promise<void> {
    await this.page.getByLabel('Show').selectOption({ label: which });
  }
}
