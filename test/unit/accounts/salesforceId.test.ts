// Salesforce ids are validated, never rewritten: a 15-character id gains its checksum, an
// 18-character id is taken only when its checksum matches, and no id is ever re-cased.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildImportPreview,
  checkSalesforceId,
  editAccountField,
  parseImportFiles,
  salesforceSuffix,
  toSalesforceId18,
  type ImportPreview,
} from '../../../shared/accounts';
import { sequentialIds } from '../../../shared/domain/ids';
import { makeAccount } from '../workspace/fixtures';

const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.split('');
const id15 = fc
  .array(fc.constantFrom(...ALPHANUMERIC), { minLength: 15, maxLength: 15 })
  .map((c) => c.join(''));

function flipCase(c: string): string {
  return c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase();
}

describe('Salesforce ids', () => {
  it('extends a 15-character id with its checksum and keeps a matching 18', () => {
    expect(toSalesforceId18('001A000001NXWyt')).toBe('001A000001NXWytIAH');
    expect(toSalesforceId18('001A000001NXWytIAH')).toBe('001A000001NXWytIAH');
    expect(toSalesforceId18('  001A000001NXWytIAH ')).toBe('001A000001NXWytIAH');
  });

  it('rejects an 18-character id whose checksum does not match instead of re-casing it', () => {
    // Re-cased from its suffix this would be 001a000001nxwyt…, another record.
    for (const bad of ['001A000001NXWytAAA', '001A000001NXWYTIAH', '001a000001nxwytiah']) {
      const checked = checkSalesforceId(bad);
      expect(checked.ok, bad).toBe(false);
      if (!checked.ok) {
        expect(checked.reason).toContain(`"${bad}"`);
        expect(checked.reason).toContain('checksum');
        expect(checked.reason).toContain('does not match');
      }
    }
  });

  it('says what is wrong when the length or the characters are', () => {
    const reason = (v: string) => {
      const c = checkSalesforceId(v);
      return c.ok ? '' : c.reason;
    };
    expect(reason('001A00000')).toContain('it has 9 characters; a Salesforce ID has 15 or 18');
    expect(reason('001A000001NXWytIA')).toContain('17 characters');
    expect(reason('001A000001NXWy!')).toContain('it holds "!"; a Salesforce ID has only letters');
    expect(reason('001A000001NXWy!')).not.toContain('characters;');
    expect(reason('001-A00')).toContain('"-"');
    expect(reason('001-A00')).toContain('7 characters');
    for (const v of ['001A00000', '001A000001NXWy!', '001-A00'])
      expect(reason(v), v).not.toContain('checksum');
  });

  it('accepts id15 + its suffix as itself, and 15-character ids never change case', () => {
    fc.assert(
      fc.property(id15, (id) => {
        const id18 = id + salesforceSuffix(id);
        expect(toSalesforceId18(id)).toBe(id18);
        expect(toSalesforceId18(id18)).toBe(id18);
        expect((toSalesforceId18(id) ?? '').slice(0, 15)).toBe(id);
      }),
    );
  });

  it('rejects every other case pattern of the same 18 characters whose suffix no longer matches', () => {
    fc.assert(
      fc.property(id15, fc.array(fc.boolean(), { minLength: 18, maxLength: 18 }), (id, flips) => {
        const id18 = id + salesforceSuffix(id);
        const variant = [...id18].map((c, i) => (flips[i] ? flipCase(c) : c)).join('');
        const checked = checkSalesforceId(variant);
        // Digits do not flip, so a variant may equal the id; any real change of case either
        // breaks the checksum of the first 15 or puts a lower-case letter in the suffix.
        if (variant === id18) {
          expect(checked).toEqual({ ok: true, id: id18 });
        } else {
          expect(checked.ok).toBe(false);
          if (!checked.ok) expect(checked.reason).toContain('checksum does not match');
        }
      }),
    );
  });

  it('the grid refuses a bad checksum with the same reason and keeps the stored id', () => {
    const account = makeAccount({ salesforceId: '001A000001NXWytIAH' });
    const edited = editAccountField(account, 'salesforceId', '001A000001NXWytAAA');
    expect(edited.ok).toBe(false);
    if (!edited.ok) expect(edited.reason).toContain('checksum');
    expect(account.salesforceId).toBe('001A000001NXWytIAH');
  });

  it('an import names the file, row and column of a bad id and imports nothing of that row', () => {
    const csv = 'Account ID,Account Name\r\n001A000001NXWytAAA,Acme\r\n001A000001NXWyt,Beta\r\n';
    const parsed = parseImportFiles([{ name: 'report.csv', bytes: csv }]);
    if (!parsed.ok) throw new Error('unreadable');
    const preview = buildImportPreview(parsed.files, [], {
      policy: 'fill-empty',
      defaultStatus: 'candidate',
      now: '2027-01-01T00:00:00.000Z',
      newId: sequentialIds('a'),
      profile: null,
    }) as ImportPreview;
    expect(preview.rejected).toEqual([
      {
        file: 'report.csv',
        row: 2,
        column: 'Account ID',
        value: '001A000001NXWytAAA',
        reason: expect.stringContaining('checksum') as string,
      },
    ]);
    expect(preview.newAccounts.map((a) => a.salesforceId)).toEqual(['001A000001NXWytIAH']);
  });
});
