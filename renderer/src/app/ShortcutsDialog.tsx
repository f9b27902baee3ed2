/** The list of keyboard shortcuts (F1 or ?). */
import { useEffect, useRef } from 'react';
import { COMMANDS, displayShortcut } from './commands';

export function ShortcutsDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const open = () => ref.current?.showModal();
    window.addEventListener('abm:shortcuts', open);
    return () => window.removeEventListener('abm:shortcuts', open);
  }, []);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
      <table>
        <tbody>
          {COMMANDS.map((c) => (
            <tr key={c.id}>
              <td>{c.label}</td>
              <td>
                {c.shortcuts.map((s) => (
                  <kbd key={s}>{displayShortcut(s)}</kbd>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => ref.current?.close()}>
        Close
      </button>
    </dialog>
  );
}
