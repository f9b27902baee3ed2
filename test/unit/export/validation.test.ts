// Before anything is written, every row is checked the way the CRM would check it, and each
// problem names the file, the row (header = row 1), the column and the record.
import { describe, expect, it } from 'vitest';
import { runExport } from '../../../shared/export/exportProfiles';
import { problemsTable, withoutProblemRows } from '../../../shared/export/problemsCsv';
import { tableFileName } from '../../../shared/export/exportColumns';
import { renderExport } from '../../../shared/export/renderExport';
import { account, motion, sampleSource, sourceOf } from './exportFixtures';

function problemsOf(profile: string, source = sampleSource()) {
  const run = runExport(source, profile);
  if (!run.ok) throw new Error(run.error);
  return run.result.problems;
}

describe('export validation', () => {
  it('flags an account without a name in the file and row it lands in', () => {
    const problems = problemsOf('hubspot-companies');
    expect(problems).toContainEqual({
      severity: 'error',
      file: 'hubspot-companies.csv',
      row: 5,
      column: 'Company name',
      record: 'a-blank',
      message: 'Company name is required but empty.',
    });
  });

  it('flags an owner who has no email address, because CRMs assign owners by email', () => {
    const owner = problemsOf('hubspot-companies').find((p) => p.column === 'Company owner');
    expect(owner).toMatchObject({ row: 3, record: 'Nordwind Logistik GmbH' });
    expect(owner?.message).toContain('owner "Jonas Weber" has no email address');
  });

  it('flags an owner email that is not an address', () => {
    const source = sourceOf({
      accounts: [
        account({ id: 'a', name: 'A', domain: 'a.com', owner: 'X', ownerEmail: 'x at a' }),
      ],
    });
    expect(problemsOf('salesforce-accounts', source)).toEqual([
      expect.objectContaining({
        file: 'salesforce-accounts-new.csv',
        row: 2,
        column: 'Account Owner Email',
        message: 'Account Owner Email "x at a" is not an email address.',
      }),
    ]);
  });

  it('flags a campaign name longer than Salesforce allows (80 characters)', () => {
    const long = problemsOf('salesforce-campaigns').find((p) => p.column === 'Name');
    expect(long?.message).toBe('Name is 81 characters long; the CRM allows at most 80.');
    expect(long?.row).toBe(5);
  });

  it('flags an invalid date and an end before the start', () => {
    const bad = motion({ id: 'm', name: 'Broken', start: '2027-02-30', end: '2027-01-01' });
    const problems = problemsOf('salesforce-campaigns', sourceOf({ motions: [bad] }));
    expect(problems.map((p) => p.message)).toEqual([
      'StartDate "2027-02-30" is not a calendar date (YYYY-MM-DD).',
      'EndDate 2027-01-01 is before the start date 2027-02-30.',
    ]);
  });

  it('warns about a parent program without a Salesforce ID but keeps the campaign', () => {
    const child = motion({ id: 'm', name: 'Child', parentProgram: 'Unknown program' });
    const run = runExport(sourceOf({ motions: [child] }), 'salesforce-campaigns');
    if (!run.ok) throw new Error(run.error);
    const [problem] = run.result.problems;
    expect(problem).toMatchObject({ severity: 'warning', column: 'ParentId' });
    expect(problem?.message).toContain('"Unknown program" has no Salesforce ID');
    const [file] = renderExport(run.result, 'crm', { leaveOutProblemRows: true });
    expect(file?.rows).toBe(1);
  });

  it('flags a motion name with ";" that would split the multiple-checkbox value', () => {
    const a = account({ id: 'a', name: 'A', domain: 'a.com', status: 'target', tier: 1 });
    const m = motion({
      id: 'm',
      name: 'EMEA; APAC',
      audience: { tiers: [1], segments: [], match: 'all', include: [], exclude: [] },
    });
    const problems = problemsOf('hubspot-companies', sourceOf({ accounts: [a], motions: [m] }));
    expect(problems.map((p) => p.column)).toEqual(['ABM motions']);
  });

  it('offers the problems as a table and can leave the bad rows out', () => {
    const run = runExport(sampleSource(), 'hubspot-companies');
    if (!run.ok) throw new Error(run.error);
    const table = problemsTable(run.result.problems);
    expect(table.headers).toEqual(['Severity', 'File', 'Row', 'Column', 'Record', 'Problem']);
    expect(table.rows).toContainEqual([
      'error',
      'hubspot-companies.csv',
      '5',
      'Company name',
      'a-blank',
      'Company name is required but empty.',
    ]);
    const kept = withoutProblemRows(run.result.tables, run.result.problems, (t) =>
      tableFileName(run.result.baseName, t.suffix, 'csv'),
    );
    expect(kept[0]?.rows.map((r) => r[1])).toEqual(['Acme, Inc. "West"', '株式会社さくら']);
  });

  it('names an unknown profile and lists the ones there are', () => {
    const run = runExport(sampleSource(), 'marketo');
    expect(run).toEqual({
      ok: false,
      error: expect.stringContaining('no export profile "marketo"'),
    });
    expect(!run.ok && run.error).toContain('hubspot-companies');
    expect(!run.ok && run.error).toContain('TAL review');
  });
});
