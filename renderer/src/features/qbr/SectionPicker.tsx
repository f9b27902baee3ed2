/** Which sections the pack holds and in what order: a checkbox and Up/Down per section. */
import type { QbrSectionId } from '../../../../shared/qbr/packTypes';
import { sectionDef } from '../../../../shared/qbr/sections';

export interface PickedSection {
  id: QbrSectionId;
  on: boolean;
}

interface Props {
  sections: PickedSection[];
  onChange: (next: PickedSection[]) => void;
}

export function SectionPicker({ sections, onChange }: Props) {
  const move = (i: number, delta: number) => {
    const next = [...sections];
    const [item] = next.splice(i, 1);
    if (item) next.splice(i + delta, 0, item);
    onChange(next);
  };
  return (
    <fieldset className="qbr-picker">
      <legend>Sections, in order</legend>
      <ol>
        {sections.map((s, i) => {
          const def = sectionDef(s.id);
          return (
            <li key={s.id}>
              <label>
                <input
                  type="checkbox"
                  checked={s.on}
                  onChange={(e) =>
                    onChange(sections.map((x, j) => (j === i ? { ...x, on: e.target.checked } : x)))
                  }
                />
                {def.title}
              </label>
              <span className="qbr-picker-desc">{def.description}</span>
              <span className="qbr-picker-moves">
                <button
                  type="button"
                  aria-label={`Move ${def.title} up`}
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={`Move ${def.title} down`}
                  disabled={i === sections.length - 1}
                  onClick={() => move(i, 1)}
                >
                  ↓
                </button>
              </span>
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}
