/** "Propose a plan": options, Propose with progress and Cancel, the proposal and its counts. */
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import type { AppPage } from './AppPage';

export interface SeverityCounts {
  block: number;
  warn: number;
  info: number;
}

/** The counts table read back: before → after, by severity and by rule (all severities). */
export interface PlanCounts {
  before: SeverityCounts;
  after: SeverityCounts;
  /** Rule label → [before, after], summed over severities, for rules with any count. */
  byRule: Map<string, [number, number]>;
}

const SEVERITIES = ['block', 'warn', 'info'] as const;

function parseCell(text: string): [number, number] {
  const [b = '', a = ''] = text.split('→');
  return [Number(b.replace(/[^\d]/g, '')), Number(a.replace(/[^\d]/g, ''))];
}

export class PlanPage {
  constructor(
    readonly page: Page,
    readonly app: AppPage,
  ) {}

  async open(): Promise<void> {
    await this.app.goTo('Plan');
    await expect(
      this.page.getByRole('heading', { name: 'Propose a plan', level: 1 }),
    ).toBeVisible();
  }

  proposal(): Locator {
    return this.page.getByRole('region', { name: 'Proposal' });
  }

  status(): Locator {
    return this.page.locator('.plan').getByRole('status');
  }

  progress(): Locator {
    return this.page.getByRole('progressbar', { name: 'Proposing a plan' });
  }

  /** The "Plan from" day (the planner's today). */
  planFrom(): Locator {
    return this.page.getByLabel('First day the plan may change');
  }

  async propose(): Promise<void> {
    await this.page.getByRole('button', { name: 'Propose', exact: true }).click();
    await expect(this.proposal()).toBeVisible({ timeout: 20_000 });
  }

  async cancel(): Promise<void> {
    await this.page.locator('.plan-run').getByRole('button', { name: 'Cancel' }).click();
  }

  moveOption(label: string | RegExp): Locator {
    return this.page
      .getByRole('group', { name: 'Moves the planner may use' })
      .getByRole('checkbox', { name: label });
  }

  /** The checkboxes of the single changes, in the order listed. */
  changes(): Locator {
    return this.proposal()
      .getByRole('group', { name: 'Proposed changes' })
      .getByRole('listitem')
      .getByRole('checkbox');
  }

  countsTable(): Locator {
    return this.page.getByRole('table', { name: 'Conflicts before and after' });
  }

  /** The counts once the worker has answered for the current ticks. */
  async counts(): Promise<PlanCounts> {
    const table = this.countsTable();
    await expect(table).toHaveAttribute('aria-busy', 'false');
    const rows = await table.getByRole('row').all();
    const out: PlanCounts = {
      before: { block: 0, warn: 0, info: 0 },
      after: { block: 0, warn: 0, info: 0 },
      byRule: new Map(),
    };
    for (const row of rows.slice(1)) {
      const label = (await row.getByRole('rowheader').textContent()) ?? '';
      const cells = (await row.getByRole('cell').allTextContents()).map(parseCell);
      if (label === 'All rules') {
        SEVERITIES.forEach((s, i) => {
          out.before[s] = cells[i]![0];
          out.after[s] = cells[i]![1];
        });
      } else {
        out.byRule.set(label, [
          cells.reduce((n, c) => n + c[0], 0),
          cells.reduce((n, c) => n + c[1], 0),
        ]);
      }
    }
    return out;
  }

  async acceptSelected(): Promise<void> {
    await this.proposal().getByRole('button', { name: 'Accept selected' }).click();
    await expect(this.status()).toContainText(/^Accepted /);
  }

  async reject(): Promise<void> {
    await this.proposal().getByRole('button', { name: 'Reject' }).click();
    await expect(this.proposal()).toBeHidden();
  }

  async saveCsv(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.proposal().getByRole('button', { name: 'Save proposed changes (CSV)' }).click();
    return download;
  }
}
