/**
 * The letters a RACI cell holds, and how they read and write as text: cells keep their
 * letters in R, A, C, I order with no repeats, so two grids with the same meaning compare equal.
 */
import { RACI_LETTERS, type RaciGrid, type RaciLetter } from '../domain/types';

export function cellKey(activityId: string, roleId: string): string {
  return `${activityId}:${roleId}`;
}

export function cellLetters(grid: RaciGrid, activityId: string, roleId: string): RaciLetter[] {
  return grid.cells[cellKey(activityId, roleId)] ?? [];
}

export function hasLetter(
  grid: RaciGrid,
  activityId: string,
  roleId: string,
  letter: RaciLetter,
): boolean {
  return cellLetters(grid, activityId, roleId).includes(letter);
}

/** Letters deduplicated and in R, A, C, I order. */
export function normalizeLetters(letters: readonly RaciLetter[]): RaciLetter[] {
  return RACI_LETTERS.filter((letter) => letters.includes(letter));
}

export function formatLetters(letters: readonly RaciLetter[]): string {
  return normalizeLetters(letters).join('');
}

const WORDS: Record<string, RaciLetter> = {
  responsible: 'R',
  accountable: 'A',
  consulted: 'C',
  informed: 'I',
};

/**
 * Reads what people type into a RACI cell in Excel or in the grid: "RA", "r/a", "A, R",
 * "Responsible", "Consulted + Informed". Returns null when the text holds anything else, so
 * the caller can say which cell is wrong instead of guessing.
 */
export function parseLetters(text: string): RaciLetter[] | null {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const letters: RaciLetter[] = [];
  for (const token of trimmed.split(/[\s,;/+&|]+/)) {
    if (token === '') continue;
    const word = WORDS[token.toLowerCase()];
    if (word) {
      letters.push(word);
      continue;
    }
    for (const ch of token.toUpperCase()) {
      if (!(RACI_LETTERS as readonly string[]).includes(ch)) return null;
      letters.push(ch as RaciLetter);
    }
  }
  return normalizeLetters(letters);
}

/** Click order: empty → R → A → C → I → empty; a combination clears (it was typed on purpose). */
export function nextInCycle(letters: readonly RaciLetter[]): RaciLetter[] {
  if (letters.length === 0) return ['R'];
  if (letters.length > 1) return [];
  const index = RACI_LETTERS.indexOf(letters[0] as RaciLetter);
  const next = RACI_LETTERS[index + 1];
  return next ? [next] : [];
}

export const LETTER_MEANINGS: Record<RaciLetter, string> = {
  R: 'Responsible — does the work',
  A: 'Accountable — answers for the outcome; exactly one per activity',
  C: 'Consulted — gives input before the work is done',
  I: 'Informed — kept in the loop',
};
