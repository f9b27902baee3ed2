/** The toolbar for the selected motion: edit, duplicate, delete. Always present (no layout shift). */
import type { Motion } from '../../../../shared/domain/types';
import { useUiStore } from '../../store/uiStore';
import { deleteMotion, duplicate } from './calendarActions';
import { selectMotion, useSelectedId } from './selection';

interface Props {
  motions: Motion[];
  onEdit: (motion: Motion) => void;
}

function report(work: Promise<unknown>): void {
  void work.catch((e: unknown) =>
    useUiStore.getState().notify('error', e instanceof Error ? e.message : String(e)),
  );
}

export function SelectionBar({ motions, onEdit }: Props) {
  const selectedId = useSelectedId();
  const selected = selectedId ? motions.find((m) => m.id === selectedId) : undefined;
  return (
    <div className="cal-selection" role="toolbar" aria-label="Selected motion">
      {selected ? (
        <>
          <span>
            Selected: <strong>{selected.name}</strong> ({selected.start} – {selected.end})
          </span>
          <button type="button" onClick={() => onEdit(selected)}>
            Edit
          </button>
          <button
            type="button"
            onClick={() => report(duplicate(selected).then((c) => selectMotion(c.id)))}
          >
            Duplicate
          </button>
          <button
            type="button"
            onClick={() => report(deleteMotion(selected).then(() => selectMotion(null)))}
          >
            Delete
          </button>
        </>
      ) : (
        <span className="cal-notice">
          Select a bar to edit, duplicate or delete it; drag it or use the arrow keys to move it.
        </span>
      )}
    </div>
  );
}
