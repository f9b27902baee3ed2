/** The shell: sections, first-start screen, undo/redo, backup and restore. */
import { expect, type Download, type Page } from '@playwright/test';

export type SectionName =
  | 'Accounts'
  | 'Calendar'
  | 'Conflicts'
  | 'RACI'
  | 'Export'
  | 'Plan'
  | 'Agreement'
  | 'Review'
  | 'QBR pack'
  | 'Contacts';

export class AppPage {
  constructor(readonly page: Page) {}

  async open(hash = ''): Promise<void> {
    await this.page.goto(`/${hash}`);
    await expect(this.page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  }

  nav() {
    return this.page.getByRole('navigation', { name: 'Sections' });
  }

  sectionLink(name: SectionName) {
    return this.nav().getByRole('link', { name, exact: true });
  }

  async goTo(name: SectionName): Promise<void> {
    await this.sectionLink(name).click();
    await expect(this.sectionLink(name)).toHaveAttribute('aria-current', 'page');
  }

  async openSample(): Promise<void> {
    await this.page.getByRole('button', { name: /Open the sample workspace/ }).click();
    await expect(this.page.getByRole('heading', { name: 'Welcome to ABM Workbench' })).toBeHidden();
  }

  async startEmpty(): Promise<void> {
    await this.page.getByRole('button', { name: /Start empty/ }).click();
    await expect(this.page.getByRole('heading', { name: 'Welcome to ABM Workbench' })).toBeHidden();
  }

  async undo(): Promise<void> {
    await this.nav().getByRole('button', { name: 'Undo' }).click();
  }

  async redo(): Promise<void> {
    await this.nav().getByRole('button', { name: 'Redo' }).click();
  }

  async backup(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.nav().getByRole('button', { name: 'Back up' }).click();
    return download;
  }

  /** Restores from a file on disk through the browser's file chooser. */
  async restore(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.nav().getByRole('button', { name: 'Restore' }).click();
    await (await chooser).setFiles(path);
  }

  /** The question Restore asks before it replaces the workspace. */
  restoreDialog() {
    return this.page.getByRole('dialog', { name: /^Replace the workspace with / });
  }

  /** Answers Restore's question with "Replace workspace". */
  async confirmRestore(): Promise<void> {
    await this.restoreDialog().getByRole('button', { name: 'Replace workspace' }).click();
    await expect(this.restoreDialog()).toBeHidden();
  }

  /** The message a tab shows once another tab of the same store took it over. */
  takenOverDialog() {
    return this.page.getByRole('dialog', { name: 'Opened in another tab' });
  }

  /** Uploads files through whatever file chooser `trigger` opens. */
  /** Picks files in the file chooser `trigger` opens: paths, or files made in the test. */
  async chooseFiles(
    trigger: () => Promise<void>,
    paths: string | string[] | { name: string; mimeType: string; buffer: Buffer }[],
  ): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await trigger();
    await (await chooser).setFiles(paths);
  }

  toast(text: string | RegExp) {
    return this.page.locator('.toasts').getByText(text);
  }
}
