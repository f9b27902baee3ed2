/** The Export section: profile and mode, the preview, the problems, saving files. */
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import type { AppPage } from './AppPage';

export class ExportPage {
  constructor(
    readonly page: Page,
    readonly app: AppPage,
  ) {}

  async open(): Promise<void> {
    await this.app.goTo('Export');
    await expect(this.page.getByRole('heading', { name: 'Export', exact: true })).toBeVisible();
  }

  async chooseProfile(label: string): Promise<void> {
    await this.page.getByLabel('Profile').selectOption({ label });
  }

  async chooseMode(mode: 'CRM import' | 'Excel-safe'): Promise<void> {
    await this.page.getByRole('radio', { name: new RegExp(`^${mode}`) }).check();
  }

  preview(fileName: string): Locator {
    return this.page.getByRole('table', { name: `Preview of ${fileName}` });
  }

  problems(): Locator {
    return this.page.getByRole('table', { name: 'Validation problems' });
  }

  /** Clicks the save button and returns the download (the browser platform downloads). */
  async save(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: /^Save (file|\d+ files)$/ }).click();
    return download;
  }

  async saveProblems(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Export problems as CSV' }).click();
    return download;
  }
}
