/** Progress of long work (imports, detection) with Cancel. */
import { useUiStore } from '../store/uiStore';

export function TaskBar() {
  const tasks = useUiStore((s) => s.tasks);
  if (tasks.length === 0) return null;
  return (
    <div className="taskbar" role="region" aria-label="Work in progress">
      {tasks.map((t) => (
        <div key={t.id} className="task">
          <label>
            {t.label}
            <progress aria-label={t.label} max={1} value={t.progress ?? undefined} />
          </label>
          {t.cancel && (
            <button type="button" onClick={t.cancel}>
              Cancel
            </button>
          )}
        </div>
      ))}
    </div>
  );
}
