// Each built-in CRM profile, run on the fixed sample workspace, writes exactly the committed
// golden file (test/fixtures/export/). Set UPDATE_GOLDEN=1 to rewrite them after a deliberate change.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExport } from '../../../shared/export/exportProfiles';
import { tableFileName } from '../../../shared/export/exportColumns';
import { renderExport } from '../../../shared/export/renderExport';
import { writeCsvTable } from '../../../shared/csv/writeCsv';
import type { ExportMode } from '../../../shared/export/exportTypes';
import { sampleSource } from './exportFixtures';

const GOLDEN_DIR = join(__dirname, '../../fixtures/export');

function expectGolden(name: string, text: string): void {
  const path = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, text);
  expect(existsSync(path), `golden file ${name} is missing`).toBe(true);
  expect(text).toBe(readFileSync(path, 'utf8'));
}

const CASES: [profile: string, mode: ExportMode][] = [
  ['salesforce-accounts', 'crm'],
  ['salesforce-campaigns', 'crm'],
  ['hubspot-companies', 'crm'],
  ['hubspot-companies', 'excel'],
  ['audience-membership', 'crm'],
  ['TAL review', 'crm'],
  ['TAL review', 'excel'],
  ['conflicts', 'crm'],
];

const NOW = '2027-01-10T12:00:00.000Z';

describe('built-in profiles match their golden files', () => {
  it.each(CASES)('%s in %s mode', (profile, mode) => {
    const run = runExport(sampleSource(), profile, { now: NOW });
    if (!run.ok) throw new Error(run.error);
    const { result } = run;
    expect(result.tables.length).toBeGreaterThan(0);
    for (const table of result.tables) {
      const name = tableFileName(result.baseName, table.suffix, 'csv').replace(
        /\.csv$/,
        `.${mode}.csv`,
      );
      expectGolden(name, writeCsvTable(table, mode));
    }
  });
});

it('the calendar profile writes the .ics of shared/ics', () => {
  const run = runExport(sampleSource(), 'calendar', { now: NOW });
  if (!run.ok) throw new Error(run.error);
  const [file] = renderExport(run.result, 'crm');
  expect(file?.name).toBe('abm-calendar.ics');
  expectGolden('abm-calendar.ics', file?.text ?? '');
});
