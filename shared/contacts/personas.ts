/**
 * Personas from job titles: the settings hold an ordered list of title rules (PersonaRule in
 * domain/types.ts), the first rule a title matches names the person's persona, and a persona
 * the user set on a contact wins over the rules. Pure and cheap: a compiled rule set classifies
 * 500,000 titles in well under a second, because titles repeat and each distinct one is
 * classified once.
 */
import type { Contact, PersonaRule } from '../domain/types';

/** The rules a new workspace starts with (a setting the user edits). */
export const DEFAULT_PERSONA_RULES: readonly PersonaRule[] = [
  {
    pattern: 'CMO|VP|SVP|EVP|Head|Chief|Director Marketing|Demand|Growth|Brand',
    persona: 'Marketing leader',
  },
  { pattern: 'CMO', persona: 'Marketing leader' },
  { pattern: 'Marketing|Demand|Campaign|Growth|Content|Brand', persona: 'Marketer' },
  { pattern: 'CRO|VP|SVP|EVP|Head|Chief|Director Sales|Revenue', persona: 'Sales leader' },
  { pattern: 'CRO', persona: 'Sales leader' },
  { pattern: 'RevOps|Operations|Ops', persona: 'Operations' },
  { pattern: 'CTO|CIO|CISO', persona: 'Technology leader' },
  {
    pattern: 'VP|Head|Chief|Director Engineering|IT|Technology|Security|Data',
    persona: 'Technology leader',
  },
  { pattern: 'CEO|CFO|COO|Founder|President|Owner', persona: 'Executive' },
];

/** The persona of people no rule matches. */
export const NO_PERSONA = '';

/** Words a pattern may hold that say nothing ("Head of Marketing" = "Head Marketing"). */
const FILLER = new Set(['of', 'and', 'the', 'for', '&', '-', ',']);

/** A title's words: lower case, split on anything that is not a letter or digit. */
export function titleWords(title: string): string[] {
  return title
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** A pattern as its terms, each a set of alternatives; null when it holds no word. */
function compilePattern(pattern: string): Set<string>[] | null {
  const terms: Set<string>[] = [];
  for (const term of pattern.trim().split(/\s+/)) {
    const alternatives = term
      .split('|')
      .flatMap(titleWords)
      .filter((w) => !FILLER.has(w));
    if (alternatives.length > 0) terms.push(new Set(alternatives));
  }
  return terms.length > 0 ? terms : null;
}

/** Why a rule cannot be used, or null: shown next to the rule in the settings. */
export function personaRuleProblem(rule: PersonaRule): string | null {
  if (rule.persona.trim() === '') return 'The persona name is empty.';
  if (compilePattern(rule.pattern) === null) return 'The title pattern holds no word.';
  return null;
}

export type PersonaClassifier = (title: string) => string;

/** The rules as one function from a title to its persona ('' when no rule matches). */
export function personaClassifier(rules: readonly PersonaRule[]): PersonaClassifier {
  const compiled: { terms: Set<string>[]; persona: string }[] = [];
  for (const rule of rules) {
    const terms = compilePattern(rule.pattern);
    if (terms && rule.persona.trim() !== '') compiled.push({ terms, persona: rule.persona.trim() });
  }
  const seen = new Map<string, string>();
  return (title) => {
    const known = seen.get(title);
    if (known !== undefined) return known;
    const words = new Set(titleWords(title));
    let persona = NO_PERSONA;
    for (const rule of compiled) {
      if (rule.terms.every((alternatives) => [...alternatives].some((a) => words.has(a)))) {
        persona = rule.persona;
        break;
      }
    }
    seen.set(title, persona);
    return persona;
  };
}

/** A person's persona: the one the user set, else what the title rules say. */
export function personaOf(
  contact: Pick<Contact, 'persona' | 'title'>,
  classify: PersonaClassifier,
): string {
  return contact.persona.trim() !== '' ? contact.persona.trim() : classify(contact.title);
}

/** Every persona the rules and the people name, sorted: the choices of a persona picker. */
export function personaNames(
  rules: readonly PersonaRule[],
  contacts: readonly Pick<Contact, 'persona'>[],
): string[] {
  const names = new Set<string>();
  for (const r of rules) if (r.persona.trim() !== '') names.add(r.persona.trim());
  for (const c of contacts) if (c.persona.trim() !== '') names.add(c.persona.trim());
  return [...names].sort((a, b) => a.localeCompare(b));
}
