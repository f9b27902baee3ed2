// `abm-workbench qbr` writes the pack as one self-contained HTML file: every section's title
// is in it, nothing in it reaches the network, and a bad or empty quarter or a bad section
// writes nothing.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSampleWorkspace } from '../../shared/sample/sampleWorkspace';
import { serializeWorkspace } from '../../shared/workspace/workspaceFile';
import { QBR_SECTIONS } from '../../shared/qbr/sections';
import { buildCli, type BuiltCli } from './builtCli';

let cli: BuiltCli;
let dir = '';

beforeAll(async () => {
  cli = await buildCli();
  dir = mkdtempSync(join(tmpdir(), 'abm-qbr-'));
  const ws = buildSampleWorkspace('2026-12-01');
  writeFileSync(join(dir, 'ws.json'), serializeWorkspace(ws, '2026-12-01T09:00:00.000Z'));
}, 60_000);

afterAll(() => {
  cli?.remove();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const escaped = (s: string) => s.replace(/'/g, '&#39;');

describe('abm-workbench qbr', () => {
  it('writes every section into one self-contained HTML file', () => {
    const run = cli.run(
      dir,
      'qbr',
      '--workspace',
      'ws.json',
      '--quarter',
      'FY2027-Q1',
      '--out',
      'pack.html',
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /Wrote pack\.html: the QBR pack for FY2027 Q1 \(results of FY2026 Q4\), \d+ pages/,
    );
    const html = readFileSync(join(dir, 'pack.html'), 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    for (const s of QBR_SECTIONS) {
      if (s.id === 'title') expect(html).toContain('Quarterly business review: FY2027 Q1');
      else expect(html, s.title).toContain(escaped(s.title));
    }
    // Last quarter's results are the sample's quarter of opportunities, and the planned
    // quarter's budget is over its marketing allocation.
    expect(html).toContain(escaped("Last quarter's results: FY2026 Q4"));
    expect(html).toMatch(
      /Targets against non-targets[\s\S]*All opportunities<\/td><td class="qbr-num">300 · /,
    );
    expect(html).toContain('Coverage per tier');
    expect(html).toContain('Co-credit (both teams engaged)');
    expect(html).toMatch(/Over-allocated\. Marketing campaigns: [\d,]+ planned/);
    expect(html).not.toMatch(/\s(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(|<script|<link/i);
    expect(html).toContain('<svg');
  });

  it('takes the sections in the order given, and --json says what it wrote', () => {
    const run = cli.run(
      dir,
      'qbr',
      '--workspace',
      'ws.json',
      '--quarter',
      'FY2027 Q1',
      '--out',
      'two.html',
      '--sections',
      'agreement,title',
      '--json',
    );
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary).toMatchObject({
      ok: true,
      quarter: 'FY2027 Q1',
      reviews: 'FY2026 Q4',
      sections: ['agreement', 'title'],
    });
    const html = readFileSync(join(dir, 'two.html'), 'utf8');
    const heading = (t: string) => html.indexOf(`<h2 class="qbr-title">${t}`);
    expect(heading('Operating agreement:')).toBeGreaterThan(0);
    expect(heading('Operating agreement:')).toBeLessThan(heading('Quarterly business review:'));
    expect(html).not.toContain('Calendar:');
  });

  it('a quarter or a section it does not know writes nothing', () => {
    const bad = cli.run(
      dir,
      'qbr',
      '--workspace',
      'ws.json',
      '--quarter',
      'Q1 2027',
      '--out',
      'bad.html',
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--quarter: "Q1 2027" is not a fiscal quarter/);
    const section = cli.run(
      dir,
      'qbr',
      '--workspace',
      'ws.json',
      '--quarter',
      'FY2027 Q1',
      '--out',
      'bad.html',
      '--sections',
      'title,slides',
    );
    expect(section.code).toBe(1);
    expect(section.stderr).toMatch(/--sections: There is no section "slides"/);
    const empty = cli.run(
      dir,
      'qbr',
      '--workspace',
      'ws.json',
      '--quarter',
      'FY1900 Q1',
      '--out',
      'bad.html',
    );
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(
      /--quarter: nothing of this workspace falls in FY1900 Q1 or the quarter it reviews \(FY1899 Q4\).*its motions run FY\d{4} Q\d( to FY\d{4} Q\d)?\. Nothing was written\./,
    );
    expect(existsSync(join(dir, 'bad.html'))).toBe(false);
  });
});
