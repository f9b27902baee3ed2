/** The Owners panel of the Accounts section: the owner directory table and its users import. */
import { expect, type Locator, type Page } from '@playwright/test';
import { join } from 'node:path';
import type { AppPage } from './AppPage';
import { ACCOUNT_FIXTURES } from './AccountsPage';

export class OwnersPage {
  constructor(
    readonly page: Page,
    readonly app: AppPage,
  ) {}

  panel(): Locator {
    return this.page.getByRole('region', { name: 'Owners', exact: true });
  }

  table(): Locator {
    return this.panel().getByRole('table', { name: 'Owners', exact: true });
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('group', { name: 'Panels' })
      .getByRole('button', { name: 'Owners' })
      .click();
    await expect(this.table()).toBeVisible();
  }

  /** Closes the panel (the same toggle), giving the grid its columns back. */
  async close(): Promise<void> {
    await this.page
      .getByRole('group', { name: 'Panels' })
      .getByRole('button', { name: 'Owners' })
      .click();
    await expect(this.panel()).toBeHidden();
  }

  /** One field of one owner, as its in-place box. */
  field(label: 'Name' | 'E-mail' | 'Salesforce user ID' | 'HubSpot owner ID', owner: string) {
    return this.panel().getByRole('textbox', { name: `${label} of ${owner}`, exact: true });
  }

  async importUsers(fixture: string): Promise<void> {
    await this.app.chooseFiles(
      () => this.panel().getByRole('button', { name: 'Import users CSV…' }).click(),
      join(ACCOUNT_FIXTURES, fixture),
    );
  }

  async add(values: { name: string; email?: string; salesforceUserId?: string }): Promise<void> {
    const form = this.panel().getByRole('form', { name: 'Add owner' });
    await form.getByLabel("New owner's Name").fill(values.name);
    if (values.email) await form.getByLabel("New owner's E-mail").fill(values.email);
    if (values.salesforceUserId)
      await form.getByLabel("New owner's Salesforce user ID").fill(values.salesforceUserId);
    await form.getByRole('button', { name: 'Add owner' }).click();
  }

  async delete(owner: string): Promise<void> {
    await this.panel()
      .getByRole('button', { name: `Delete ${owner}` })
      .click();
    const dialog = this.page.getByRole('alertdialog', { name: `Delete ${owner}?` });
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(dialog).toBeHidden();
  }
}
