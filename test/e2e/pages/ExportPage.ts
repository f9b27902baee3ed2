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

  builder(): Locator {
    return this.page.getByRole('form', { name: 'Generic profile' });
  }

  /** Builds and saves a generic profile: [field label, header] in order. */
  async buildProfile(name: string, columns: [field: string, header: string][]): Promise<void> {
    await this.page.getByRole('button', { name: 'New generic profile' }).click();
    const form = this.builder();
    await form.getByLabel('Profile name').fill(name);
    for (const [field, header] of columns) {
      await form.getByLabel('Field').selectOption({ label: field });
      await form.getByRole('button', { name: 'Add column' }).click();
      await form.getByLabel(`Header for ${field}`).fill(header);
    }
    await form.getByRole('button', { name: 'Save profile' }).click();
    await expect(form).toBeHidden();
  }
}
