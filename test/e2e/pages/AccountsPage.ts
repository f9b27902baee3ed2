/** The Accounts section: import dialog, grid, bulk edit and the side panels. */
import { expect, type Locator, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppPage } from './AppPage';
import { syntheticSalesforceExport } from '../../bench/data/syntheticSalesforceExport';

export const ACCOUNT_FIXTURES = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../fixtures/accounts',
);

export class AccountsPage {
  readonly app: AppPage;
  constructor(readonly page: Page) {
    this.app = new AppPage(page);
  }

  /** An empty workspace, on the Accounts section. */
  async openEmpty(): Promise<void> {
    await this.app.open();
    await this.app.startEmpty();
    await this.app.goTo('Accounts');
    await expect(this.count()).toHaveText(/^0 accounts/);
    await expect(this.page.getByRole('grid')).toBeVisible();
  }

  dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Import accounts' });
  }

  /** Picks fixture files through the toolbar's Import… button; the mapping screen opens. */
  async chooseFiles(...names: string[]): Promise<void> {
    await this.app.chooseFiles(
      () => this.page.getByRole('button', { name: 'Import…' }).click(),
      names.map((n) => join(ACCOUNT_FIXTURES, n)),
    );
  }

  /** Picks files the test made (name and text) through the toolbar's Import… button. */
  async chooseGeneratedFiles(...files: { name: string; text: string }[]): Promise<void> {
    await this.app.chooseFiles(
      () => this.page.getByRole('button', { name: 'Import…' }).click(),
      files.map((f) => ({ name: f.name, mimeType: 'text/csv', buffer: Buffer.from(f.text) })),
    );
  }

  /** A file's encoding picker in the mapping step and its preview of the first rows. */
  encodingPicker(file: string): { select: Locator; preview: Locator } {
    return {
      select: this.dialog().getByLabel(`Encoding of ${file}`),
      preview: this.dialog().getByRole('table', { name: `First rows of ${file}` }),
    };
  }

  /** The mapping step's "Treat “n/a” as empty" box. */
  treatAsEmpty(value: string): Locator {
    return this.dialog().getByRole('checkbox', {
      name: new RegExp(`^Treat “${escape(value)}” as empty`),
    });
  }

  async preview(): Promise<void> {
    await this.dialog().getByRole('button', { name: 'Preview import' }).click();
    await expect(this.dialog().getByLabel('Import preview')).toBeVisible();
  }

  previewCount(
    kind: 'new' | 'updated' | 'merged' | 'rejected' | 'crm-salesforce' | 'crm-hubspot',
  ): Locator {
    return this.dialog().getByTestId(`count-${kind}`);
  }

  /** The preview's choice for new accounts without a status (candidate by default). */
  newAccountStatus(): Locator {
    return this.dialog().getByLabel('Status of new accounts');
  }

  /** The preview's list of companies the files hold as several records of one CRM. */
  crmDuplicates(): Locator {
    return this.dialog().getByRole('table', { name: 'Same company, several CRM records' });
  }

  async keepSeparate(domain: string): Promise<void> {
    await this.dialog()
      .getByRole('checkbox', { name: `Keep ${domain} as separate accounts` })
      .check();
  }

  async confirm(): Promise<void> {
    await this.dialog()
      .getByRole('button', { name: /^Import [\d,]+ accounts$/ })
      .click();
    await expect(this.dialog()).toBeHidden();
  }

  /** Choose, map as recognized, preview, import (new accounts are candidates). */
  async importFiles(...names: string[]): Promise<void> {
    await this.chooseFiles(...names);
    await this.preview();
    await this.confirm();
  }

  /** As importFiles, with new accounts made targets in the preview. */
  async importFilesAsTargets(...names: string[]): Promise<void> {
    await this.chooseFiles(...names);
    await this.preview();
    await this.newAccountStatus().selectOption('target');
    // The preview runs again with the choice; the select is back once it has.
    await expect(this.newAccountStatus()).toHaveValue('target');
    await this.confirm();
  }

  count(): Locator {
    return this.page.getByTestId('account-count');
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search accounts' }).fill(text);
  }

  /** The cells of one column in the grid's displayed rows. */
  column(colId: string): Locator {
    return this.page.locator(`.ag-row[row-id] [col-id="${colId}"]`);
  }

  /** Scrolls the grid to its right-most columns (only the columns in view are rendered). */
  async scrollToLastColumns(): Promise<void> {
    await this.page
      .locator('.ag-body-horizontal-scroll-viewport')
      .evaluate((el) => (el.scrollLeft = el.scrollWidth));
  }

  /** Scrolls the grid sideways until a column's header is rendered (columns are virtual). */
  async revealColumn(header: string): Promise<Locator> {
    const cell = this.page.getByRole('columnheader', { name: header, exact: true });
    const viewport = this.page.locator('.ag-body-horizontal-scroll-viewport');
    // Each step waits two frames for the grid to render the columns scrolled into view: on a
    // loaded machine a check right after the scroll missed the column and scrolled past it.
    const scroll = (to: number | null) =>
      viewport.evaluate(
        (el, left) =>
          new Promise<void>((done) => {
            el.scrollLeft = left ?? el.scrollLeft + 300;
            requestAnimationFrame(() => requestAnimationFrame(() => done()));
          }),
        to,
      );
    await scroll(0);
    for (let step = 0; step < 20 && (await cell.count()) === 0; step++) await scroll(null);
    await expect(cell).toBeVisible();
    return cell;
  }

  /** Clicks a column header (once: ascending, twice: descending). */
  async sortBy(header: string): Promise<void> {
    await (await this.revealColumn(header)).locator('.ag-header-cell-label').click();
  }

  /** Types into a column's filter box under its header ('' clears it). */
  async filterColumn(header: string, text: string): Promise<void> {
    await this.revealColumn(header);
    await this.page.getByRole('textbox', { name: `${header} Filter Input` }).fill(text);
  }

  async selectAll(): Promise<void> {
    await this.selectAllBox().check();
  }

  /** The grid header's "select all" box (disabled while the full list is still loading). */
  selectAllBox(): Locator {
    return this.page.getByRole('checkbox', { name: 'Select all accounts' });
  }

  async selectRow(name: string): Promise<void> {
    await this.page.getByRole('checkbox', { name: `Select ${name}`, exact: true }).check();
  }

  /** Edits one cell in place: double-click, type, Enter (the grid commits the edit). */
  async editCell(name: string, colId: string, text: string): Promise<void> {
    await this.cell(name, colId).dblclick();
    const editor = this.page.locator(`.ag-row[row-id] [col-id="${colId}"] input`);
    await editor.fill(text);
    await editor.press('Enter');
    await expect(editor).toBeHidden();
  }

  /** One cell of the row holding `name`. */
  cell(name: string, colId: string): Locator {
    return this.page
      .locator('.ag-row[row-id]')
      .filter({ hasText: name })
      .locator(`[col-id="${colId}"]`);
  }

  /** Sends the clipboard text to the focused cell, as Ctrl+V from Excel does. */
  async pasteText(text: string): Promise<void> {
    await this.page.evaluate((t) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      document.activeElement?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, text);
  }

  /** What Ctrl+C on the grid puts on the clipboard. */
  async copyText(): Promise<string> {
    return this.page.evaluate(() => {
      const data = new DataTransfer();
      document.activeElement?.dispatchEvent(
        new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }),
      );
      return data.getData('text/plain');
    });
  }

  bulkEdit(): Locator {
    return this.page.getByRole('form', { name: 'Bulk edit' });
  }

  async bulkSetTier(tier: '1' | '2' | '3'): Promise<void> {
    await this.bulkEdit().getByLabel('Bulk tier').selectOption(tier);
    await this.bulkEdit()
      .getByRole('button', { name: /^Apply to/ })
      .click();
  }

  async bulkSetPrimaryTeam(team: 'sales' | 'marketing'): Promise<void> {
    await this.bulkEdit().getByLabel('Bulk primary team').selectOption(team);
    await this.bulkEdit()
      .getByRole('button', { name: /^Apply to/ })
      .click();
  }

  async openPanel(
    name: 'ICP profile' | 'Capacity' | 'Quarterly review' | 'Possible duplicates',
  ): Promise<void> {
    await this.page.getByRole('group', { name: 'Panels' }).getByRole('button', { name }).click();
  }

  reviewPanel(): Locator {
    return this.page.getByRole('region', { name: 'Quarterly review' });
  }

  async approveQuarter(): Promise<void> {
    await this.reviewPanel()
      .getByRole('button', { name: /^Approve TAL for FY\d{4} Q[1-4]$/ })
      .click();
  }

  /** The question asked before approving a quarter that already has an approved TAL. */
  replaceSnapshotDialog(): Locator {
    return this.page.getByRole('dialog', {
      name: /^Replace the approved TAL for FY\d{4} Q[1-4]\?$/,
    });
  }

  /** Picks files from anywhere on disk through the toolbar's Import… button. */
  async choosePaths(...paths: string[]): Promise<void> {
    await this.app.chooseFiles(
      () => this.page.getByRole('button', { name: 'Import…' }).click(),
      paths,
    );
  }

  /**
   * From an empty workspace, imports a synthetic Salesforce export of `rows` rows written to
   * `file`, waits for the count to match `count` (a few same-company rows merge) and returns
   * the number of accounts it shows, as printed ("19,608").
   */
  async importSynthetic(rows: number, file: string, count: RegExp): Promise<string> {
    writeFileSync(file, syntheticSalesforceExport(rows));
    await this.openEmpty();
    await this.importFile(file);
    await expect(this.count()).toHaveText(count, { timeout: 30_000 });
    return /^([\d,]+) accounts/.exec((await this.count().textContent()) ?? '')?.[1] ?? '';
  }

  /** Imports one file from disk as it is: choose it, preview, import, the dialog closes. */
  async importFile(path: string): Promise<void> {
    await this.choosePaths(path);
    await this.dialog().getByRole('button', { name: 'Preview import' }).click();
    await expect(this.dialog().getByLabel('Import preview')).toBeVisible({ timeout: 90_000 });
    await this.dialog()
      .getByRole('button', { name: /^Import [\d,]+ accounts$/ })
      .click();
    await expect(this.dialog()).toBeHidden({ timeout: 90_000 });
  }

  duplicatesPanel(): Locator {
    return this.page.getByRole('region', { name: 'Possible duplicates' });
  }

  /** One suggested group of the Possible duplicates panel. */
  duplicateGroup(registrableDomain: string): Locator {
    return this.duplicatesPanel().getByRole('listitem', {
      name: `Possible duplicates under ${registrableDomain}`,
    });
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
