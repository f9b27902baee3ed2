/** Sharing the workspace and merging a colleague's: the preview, its conflicts, the merge. */
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import type { AppPage } from './AppPage';

export class MergePage {
  constructor(
    readonly page: Page,
    readonly app: AppPage,
  ) {}

  /** Share workspace…: the file it writes (a download in the browser). */
  async share(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.app.nav().getByRole('button', { name: 'Share', exact: true }).click();
    return download;
  }

  /** Merge a colleague's workspace…, picking their file from disk. */
  async chooseFile(path: string): Promise<void> {
    await this.app.chooseFiles(
      () => this.app.nav().getByRole('button', { name: 'Merge', exact: true }).click(),
      path,
    );
  }

  dialog(): Locator {
    return this.page.getByRole('dialog', { name: /^Merge .* into this workspace$/ });
  }

  /** Waits for the preview: the file is read and planned in a Worker, slower on a busy machine. */
  async waitForPreview(): Promise<void> {
    await expect(this.dialog()).toBeVisible({ timeout: 30_000 });
  }

  /** The preview's counts for one table: [added, changed, removed, conflicts]. */
  summaryRow(table: string): Locator {
    return this.dialog()
      .getByRole('table', { name: 'What the merge does, per table' })
      .getByRole('row', { name: new RegExp(`^${table} `) });
  }

  async expectCounts(
    table: string,
    counts: { added?: number; changed?: number; removed?: number; conflicts?: number },
  ): Promise<void> {
    const cells = this.summaryRow(table).getByRole('cell');
    const want = [
      counts.added ?? 0,
      counts.changed ?? 0,
      counts.removed ?? 0,
      counts.conflicts ?? 0,
    ];
    await expect(cells).toHaveText(want.map(String));
  }

  conflicts(): Locator {
    return this.dialog().getByRole('table', { name: /^Conflicts/ });
  }

  /** Takes their values for every field of one record in conflict. */
  async theirsForRecord(label: string): Promise<void> {
    await this.dialog()
      .getByRole('button', { name: `Theirs for every field of ${label}` })
      .click();
  }

  status(): Locator {
    return this.dialog().getByRole('status');
  }

  async merge(): Promise<void> {
    await this.dialog().getByRole('button', { name: 'Merge', exact: true }).click();
    await expect(this.dialog()).toBeHidden();
  }
}
