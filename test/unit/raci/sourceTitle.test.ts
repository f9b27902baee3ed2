import { describe, expect, it } from 'vitest';
import { RACI_TEMPLATES } from '../../../shared/raci/templates';
import { REFERENCE_ARTICLES, sourceTitle } from '../../../shared/raci/sourceTitle';

describe('a grid names its source article by title', () => {
  it('the ABM matrix reads as the article a meeting recognises, section kept', () => {
    expect(sourceTitle('002_9cb4e7927f9250c2.txt — Responsibility Matrix (RACI Model)')).toBe(
      '“Sales Ops vs Marketing Ops for ABM: Who Owns What” — Responsibility Matrix (RACI Model)',
    );
  });

  it('every template names an article by title and no file name is left', () => {
    for (const t of RACI_TEMPLATES) {
      const shown = sourceTitle(t.source);
      expect(shown, t.id).not.toMatch(/\.txt/);
      expect(
        Object.values(REFERENCE_ARTICLES).some((title) => shown.includes(title)),
        t.id,
      ).toBe(true);
    }
  });

  it("any other source (an imported file's name) is left as it is", () => {
    expect(sourceTitle('Imported from ABM responsibility matrix.csv')).toBe(
      'Imported from ABM responsibility matrix.csv',
    );
    expect(sourceTitle('')).toBe('');
  });
});
