/** The section navigation and the undo/redo buttons. */
import { SECTIONS, SECTION_LABELS, type SectionId } from './router';
import { displayShortcut, commandById } from './commands';
import { useUiStore } from '../store/uiStore';

export function Nav({ current }: { current: SectionId }) {
  const undoLabel = useUiStore((s) => s.undoLabel);
  const redoLabel = useUiStore((s) => s.redoLabel);
  return (
    <nav className="app-nav" aria-label="Sections">
      <div className="app-brand" aria-hidden="true">
        ABM Workbench
      </div>
      <ul>
        {SECTIONS.map((s, i) => (
          <li key={s}>
            <a
              href={`#/${s}`}
              aria-current={s === current ? 'page' : undefined}
              aria-keyshortcuts={`Control+${i + 1}`}
              title={`${SECTION_LABELS[s]} (${displayShortcut(`Mod+${i + 1}`)})`}
            >
              {SECTION_LABELS[s]}
            </a>
          </li>
        ))}
      </ul>
      <div className="app-nav-actions">
        <button
          type="button"
          onClick={() => void commandById('undo')?.perform()}
          disabled={!undoLabel}
          title={undoLabel ? `Undo ${undoLabel} (${displayShortcut('Mod+Z')})` : 'Nothing to undo'}
        >
          Undo
        </button>
        <button
          type="button"
          onClick={() => void commandById('redo')?.perform()}
          disabled={!redoLabel}
          title={
            redoLabel ? `Redo ${redoLabel} (${displayShortcut('Mod+Shift+Z')})` : 'Nothing to redo'
          }
        >
          Redo
        </button>
        <button type="button" onClick={() => void commandById('backup')?.perform()}>
          Back up
        </button>
        <button type="button" onClick={() => void commandById('restore')?.perform()}>
          Restore
        </button>
        <button type="button" onClick={() => void commandById('settings')?.perform()}>
          Settings
        </button>
        <button
          type="button"
          aria-label="Keyboard shortcuts"
          onClick={() => void commandById('shortcuts')?.perform()}
        >
          ?
        </button>
      </div>
    </nav>
  );
}
