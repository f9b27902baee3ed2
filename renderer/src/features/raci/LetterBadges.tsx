/** A cell's letters as coloured badges; the same look in the editor, presenter and print. */
import type { RaciLetter } from '../../../../shared/domain/types';

export function LetterBadges({ letters }: { letters: readonly RaciLetter[] }) {
  return (
    <>
      {letters.map((letter) => (
        <span key={letter} className={`raci-letter raci-letter-${letter}`}>
          {letter}
        </span>
      ))}
    </>
  );
}
