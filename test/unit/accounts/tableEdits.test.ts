import { describe, expect, it } from 'vitest';
import { accountsToTsv, fillDown, parseTsv, pasteBlock } from '../../../shared/accounts';
import { buildSampleAccounts } from '../../../shared/sample/accounts';
import { sequentialIds } from '../../../shared/domain/ids';

const rows = buildSampleAccounts('2027-02-10', sequentialIds())
  .accounts.filter((a) => a.status === 'target')
  .slice(0, 4);
const columns = [
  { field: 'name', header: 'Name' },
  { field: 'tier', header: 'Tier' },
  { field: 'owner', header: 'Owner' },
  { field: 'domain', header: 'Domain' },
];

describe('copy and paste with Excel', () => {
  it('copies selected rows as tab-separated text with a header, quoting line breaks', () => {
    const withBreak = { ...rows[0]!, name: 'Two\nlines' };
    const tsv = accountsToTsv([withBreak], columns.slice(0, 2), true);
    expect(tsv).toBe(`Name\tTier\r\n"Two\nlines"\t${rows[0]!.tier ?? ''}`);
    expect(parseTsv(tsv)).toEqual([
      ['Name', 'Tier'],
      ['Two\nlines', String(rows[0]!.tier ?? '')],
    ]);
  });

  it('pastes a block from Excel at the focused cell, skipping read-only columns', () => {
    const r = pasteBlock({
      rows,
      columns,
      startRow: 1,
      startColumn: 1,
      text: '1\tAnna\tignored.example\r\n3\tBen\tx\r\n',
      now: 'now',
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.changed.map((a) => [a.id, a.tier, a.owner, a.domain])).toEqual([
      [rows[1]!.id, 1, 'Anna', rows[1]!.domain],
      [rows[2]!.id, 3, 'Ben', rows[2]!.domain],
    ]);
  });

  it('pastes nothing when one cell is invalid, and says which', () => {
    const r = pasteBlock({
      rows,
      columns,
      startRow: 0,
      startColumn: 1,
      text: '1\n7\n',
      now: 'now',
    });
    expect(r).toEqual({
      ok: false,
      message: expect.stringMatching(/column "Tier": "7" is not a tier/),
    });
  });

  it('fills a single pasted value into every selected row', () => {
    const r = pasteBlock({
      rows,
      columns,
      startRow: 0,
      startColumn: 2,
      text: 'Zoe',
      selected: rows.slice(0, 3),
      now: 'now',
    });
    expect(r.ok && r.changed.map((a) => a.owner)).toEqual(['Zoe', 'Zoe', 'Zoe']);
  });

  it('refuses a block that runs past the last row', () => {
    expect(
      pasteBlock({ rows, columns, startRow: 3, startColumn: 0, text: 'a\nb\n', now: 'now' }).ok,
    ).toBe(false);
  });
});

describe('fill down', () => {
  it("copies the first selected row's value into the others", () => {
    const r = fillDown(
      [{ ...rows[0]!, tier: 2 }, rows[1]!, rows[2]!],
      { field: 'tier', header: 'Tier' },
      'now',
    );
    expect(r.ok && r.changed.map((a) => a.tier)).toEqual([2, 2]);
  });
});
