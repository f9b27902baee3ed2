// Personas from title rules: whole words, any order, without case, first rule wins; a persona
// set by hand wins over the rules.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PERSONA_RULES,
  personaClassifier,
  personaOf,
  personaRuleProblem,
  titleWords,
} from '../../../shared/contacts/personas';

const classify = personaClassifier(DEFAULT_PERSONA_RULES);

describe('personas from titles', () => {
  it.each([
    ['VP of Marketing', 'Marketing leader'],
    ['Head of Marketing', 'Marketing leader'],
    ['Marketing VP', 'Marketing leader'],
    ['CMO', 'Marketing leader'],
    ['Marketing Manager', 'Marketer'],
    ['Director, Demand Generation', 'Marketing leader'],
    ['Chief Revenue Officer', 'Sales leader'],
    ['VP Sales', 'Sales leader'],
    ['Head of IT', 'Technology leader'],
    ['CEO', 'Executive'],
    ['Engineer', ''],
  ])('"%s" → "%s"', (title, persona) => {
    expect(classify(title)).toBe(persona);
  });

  it('"VP|Head of Marketing" needs both words: a VP of Sales is no marketing leader', () => {
    const rules = [{ pattern: 'VP|Head of Marketing', persona: 'Marketing leader' }];
    const c = personaClassifier(rules);
    expect(c('Head of Marketing')).toBe('Marketing leader');
    expect(c('VP, Marketing EMEA')).toBe('Marketing leader');
    expect(c('VP Sales')).toBe('');
    expect(c('Marketingchef')).toBe('');
  });

  it('a persona set by hand wins; an empty pattern or persona is a problem', () => {
    expect(personaOf({ persona: 'Champion', title: 'CEO' }, classify)).toBe('Champion');
    expect(personaOf({ persona: '', title: 'CEO' }, classify)).toBe('Executive');
    expect(personaRuleProblem({ pattern: ' of ', persona: 'X' })).toMatch(/no word/);
    expect(personaRuleProblem({ pattern: 'VP', persona: ' ' })).toMatch(/empty/);
  });

  it('(property) a title matches a one-word-per-term rule exactly when it holds one alternative of every term', () => {
    const word = fc.constantFrom('vp', 'head', 'marketing', 'sales', 'director', 'it', 'data');
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
        fc.array(word, { maxLength: 6 }),
        fc.boolean(),
        (terms, titleList, upper) => {
          const pattern = terms.map((t) => t.join('|')).join(' ');
          const raw = titleList.join(', ');
          const title = upper ? raw.toUpperCase() : raw;
          const c = personaClassifier([{ pattern, persona: 'P' }]);
          const words = new Set(titleWords(title));
          const expected = terms.every((alts) => alts.some((a) => words.has(a))) ? 'P' : '';
          expect(c(title)).toBe(expected);
        },
      ),
    );
  });
});
