// `import-contacts` and the people export profiles on the command line: contacts and leads go
// into the workspace file, matched to its accounts; a bad row writes nothing; the campaign
// members come out per motion for both CRMs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/runCli';
import { sequentialIds } from '../../shared/domain/ids';
import { WORKSPACE_VERSION } from '../../shared/workspace/workspaceFile';

const NOW = '2027-01-05T10:00:00.000Z';
const fixture = (dir: string, name: string) =>
  readFileSync(new URL(`../fixtures/${dir}/${name}`, import.meta.url), 'utf8');

function cli(files: Record<string, string>) {
  const env = {
    readFile: (path: string) => (path in files ? new TextEncoder().encode(files[path]) : null),
    now: NOW,
    newId: sequentialIds('t'),
  };
  return (argv: string[]) => {
    const result = runCli(argv, env);
    for (const w of result.writes) files[w.path] = w.text;
    return result;
  };
}

function workspaceWithAccounts() {
  const files: Record<string, string> = {
    'accounts.csv': fixture('accounts', 'salesforce-report.csv'),
    'sf.csv': fixture('contacts', 'salesforce-contacts-report.csv'),
    'hs.csv': fixture('contacts', 'hubspot-contacts.csv'),
    'bad.csv': fixture('contacts', 'bad-contact-id.csv'),
  };
  const run = cli(files);
  expect(
    run(['import-accounts', 'accounts.csv', '--workspace', 'ws.json', '--status', 'target'])
      .exitCode,
  ).toBe(0);
  return { files, run };
}

describe('import-contacts', () => {
  it('imports a Salesforce report and a HubSpot export, merging the same person, and reports the matches', () => {
    const { files, run } = workspaceWithAccounts();
    const result = run(['import-contacts', 'sf.csv', 'hs.csv', '--workspace', 'ws.json', '--json']);
    expect(result.exitCode).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.counts).toEqual({ new: 7, updated: 0, merged: 1, rejected: 0 });
    expect(summary.matched).toBeGreaterThanOrEqual(4);
    const ws = JSON.parse(files['ws.json'] ?? '');
    expect(ws.version).toBe(WORKSPACE_VERSION);
    expect(ws.data.contacts).toHaveLength(7);
    expect(ws.data.importBatches.at(-1)).toMatchObject({
      kind: 'contacts',
      files: ['sf.csv', 'hs.csv'],
    });
  });

  it('a rejected row names file, row and column and leaves the workspace as it was', () => {
    const { files, run } = workspaceWithAccounts();
    const before = files['ws.json'];
    const result = run(['import-contacts', 'bad.csv', '--workspace', 'ws.json']);
    expect(result.exitCode).toBe(2);
    expect(result.writes).toEqual([]);
    expect(result.stderr).toMatch(/bad\.csv, row 3, column "Contact ID": .*not a Contact ID/);
    expect(files['ws.json']).toBe(before);
    expect(
      run(['import-contacts', 'bad.csv', '--workspace', 'ws.json', '--skip-bad-rows']).exitCode,
    ).toBe(0);
  });

  it('a missing workspace is refused', () => {
    const run = cli({ 'sf.csv': 'Email\na@b.example\n' });
    expect(run(['import-contacts', 'sf.csv', '--workspace', 'none.json']).exitCode).toBe(2);
  });
});

describe('people export profiles', () => {
  it('leads-on-tal, hubspot-contact-list and salesforce-campaign-members (refused while the motion has no Campaign ID)', () => {
    const { files, run } = workspaceWithAccounts();
    run(['import-contacts', 'sf.csv', 'hs.csv', '--workspace', 'ws.json']);
    const ws = JSON.parse(files['ws.json'] ?? '');
    ws.data.motions = [
      {
        id: 'm1',
        name: 'Q1 nurture',
        kind: 'email nurture',
        team: 'Marketing',
        channel: 'email',
        start: '2027-02-01',
        end: '2027-02-28',
        touchesPerWeek: 1,
        theme: '',
        budget: null,
        status: 'Planned',
        owner: '',
        parentProgram: '',
        color: '#3b82f6',
        audience: {
          tiers: [],
          segments: [],
          match: 'all',
          include: ws.data.accounts.map((a: { id: string }) => a.id),
          exclude: [],
        },
        salesforceId: '',
        createdAt: NOW,
        updatedAt: NOW,
      },
    ];
    files['ws.json'] = JSON.stringify(ws);
    const tal = run([
      'export',
      '--workspace',
      'ws.json',
      '--profile',
      'leads-on-tal',
      '--out',
      'tal.csv',
    ]);
    expect(tal.exitCode).toBe(0);
    expect(files['tal.csv']?.split('\r\n')[0]).toMatch(
      /^Type,Salesforce ID,.*Tier,Account owner,Account owner email,Primary outreach team,Matched by/,
    );
    const hs = run([
      'export',
      '--workspace',
      'ws.json',
      '--profile',
      'hubspot-contact-list',
      '--motion',
      'Q1 nurture',
      '--out',
      'list.csv',
    ]);
    expect(hs.exitCode).toBe(0);
    expect(hs.stderr).toMatch(/Q1 nurture: \d+ members; left out: .*opted out of e-mail/);
    expect(files['list.csv']?.split('\r\n')[0]).toBe('Email,First Name,Last Name,List name');
    const sf = run([
      'export',
      '--workspace',
      'ws.json',
      '--profile',
      'salesforce-campaign-members',
      '--out',
      'm.csv',
    ]);
    expect(sf.exitCode).toBe(2);
    expect(sf.stderr).toMatch(/CampaignId is empty: the motion "Q1 nurture" has no Salesforce ID/);
    // The messages name the file as it would be written (m.csv), and --skip-bad-rows writes
    // no file whose every row was left out.
    expect(sf.stderr).toMatch(/^m\.csv, row 2, column "CampaignId"/m);
    const skipped = run([
      'export',
      '--workspace',
      'ws.json',
      '--profile',
      'salesforce-campaign-members',
      '--out',
      'skip.csv',
      '--skip-bad-rows',
    ]);
    expect(skipped.exitCode).toBe(0);
    expect(skipped.writes.map((w) => w.path)).toEqual([]);
    expect(skipped.stderr).toContain(
      'Did not write skip.csv: the CRM would reject every one of its rows.',
    );
    ws.data.motions[0].salesforceId = '701000000000001AAA';
    files['ws.json'] = JSON.stringify(ws);
    expect(
      run([
        'export',
        '--workspace',
        'ws.json',
        '--profile',
        'salesforce-campaign-members',
        '--out',
        'm.csv',
      ]).exitCode,
    ).toBe(0);
    expect(files['m.csv']?.split('\r\n')[0]).toBe('CampaignId,ContactId,LeadId,Status');
  });
});
