import { describe, expect, it } from 'vitest';
import { isFormulaLike, writeCsvBytes, writeCsvText } from '../../../shared/csv';

describe('writing CSV for a CRM or for Excel', () => {
  it('CRM mode writes UTF-8 without BOM and keeps values as they are', () => {
    const bytes = writeCsvBytes(['Name', 'Zip'], [['=Acme', '01234']], { mode: 'crm' });
    expect(bytes[0]).not.toBe(0xef);
    expect(new TextDecoder().decode(bytes)).toBe('Name,Zip\r\n=Acme,01234\r\n');
  });

  it('Excel mode adds a BOM and neutralizes formula cells', () => {
    const text = writeCsvText(
      ['Name', 'Note'],
      [
        ['=HYPERLINK("http://x")', '@SUM(A1)'],
        ['-2+3', '\tcmd'],
      ],
      { mode: 'excel' },
    );
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://x"")",'@SUM(A1)`);
    expect(text).toContain("'-2+3");
  });

  it('leaves plain numbers and phone numbers readable', () => {
    for (const v of ['-12.5', '+3', '-1,234.50', '+49 30 1234', '+1 (555) 123-4567']) {
      expect(isFormulaLike(v), v).toBe(false);
    }
    for (const v of ['=1+1', '+1+cmd|calc', '-A1', '@x', '\r1', '\n=1']) {
      expect(isFormulaLike(v), v).toBe(true);
    }
  });
  it('Excel mode writes a missing optional field as an empty cell rather than failing', () => {
    // A stored row can lack an optional field although the column's type says string.
    const rows = [['Acme', undefined as unknown as string, 'Tier 1']];
    const text = writeCsvText(['Name', 'Zip', 'Note'], rows, { mode: 'excel' });
    expect(text).toBe('\uFEFFName,Zip,Note\r\nAcme,,Tier 1\r\n');
  });
});
