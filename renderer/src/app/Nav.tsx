/** The section navigation and the undo/redo buttons. */
import { APP_SECTIONS, appCommand, type AppCommandId } from '../../../shared/app/appCommands';
import type { SectionId } from './router';
import { ariaShortcut, displayShortcut, commandById } from './commands';
import { useUiStore } from '../store/uiStore';

/** The shortcut a button's title names: the command's first. */
function shownShortcut(id: AppCommandId): string {
  const first = appCommand(id).shortcuts[0];
  return first ? displayShortcut(first) : '';
}

export function Nav({ current }: { current: SectionId }) {
  const undoLabel = useUiStore((s) => s.undoLabel);
  const redoLabel = useUiStore((s) => s.redoLabel);
  return (
    <nav className="app-nav" aria-label="Sections">
      <div className="app-brand" aria-hidden="true">
        ABM Workbench
      </div>
      <ul>
        {APP_SECTIONS.map(({ id, label }) => (
          <li key={id}>
            <a
              href={`#/${id}`}
              aria-current={id === current ? 'page' : undefined}
              aria-keyshortcuts={appCommand(`navigate:${id}`).shortcuts.map(ariaShortcut).join(' ')}
              title={`${label} (${shownShortcut(`navigate:${id}`)})`}
            >
              {label}
            </a>
          </li>
        ))}
      </ul>
      <div className="app-nav-actions">
        <button
          type="button"
          onClick={() => void commandById('undo')?.perform()}
          disabled={!undoLabel}
          title={undoLabel ? `Undo ${undoLabel} (${shownShortcut('undo')})` : 'Nothing to undo'}
        >
          Undo
        </button>
        <button
          type="button"
          onClick={() => void commandById('redo')?.perform()}
          disabled={!redoLabel}
          title={redoLabel ? `Redo ${redoLabel} (${shownShortcut('redo')})` : 'Nothing to redo'}
        >
          Redo
        </button>
        <button type="button" onClick={() => void commandById('backup')?.perform()}>
          Back up
        </button>
        <button type="button" onClick={() => void commandById('restore')?.perform()}>
          Restore
        </button>
        <button type="button" onClick={() => void commandById('share')?.perform()}>
          Share
        </button>
        <button type="button" onClick={() => void commandById('merge')?.perform()}>
          Merge
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
