/** The list of keyboard shortcuts (F1 or ?). */
import { useEffect, useRef } from 'react';
import { COMMANDS, displayShortcut } from './commands';

// Keys handled inside the account list itself (they act on the focused cell or the rows).
const LIST_KEYS: { label: string; keys: string[] }[] = [
  { label: 'Select or clear the focused row', keys: ['Space'] },
  { label: 'Select every row shown', keys: ['Mod+A'] },
  { label: 'Select a range of rows', keys: ['Shift+click'] },
  { label: 'Copy the selected rows (or the cell) for Excel', keys: ['Mod+C'] },
  { label: 'Paste from Excel into the cells from the focused one', keys: ['Mod+V'] },
  { label: 'Fill the focused cell down the selected rows', keys: ['Mod+D'] },
];

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
      <h3>In the account list</h3>
      <table>
        <tbody>
          {LIST_KEYS.map((k) => (
            <tr key={k.label}>
              <td>{k.label}</td>
              <td>
                {k.keys.map((s) => (
                  <kbd key={s}>{s.includes('click') ? s : displayShortcut(s)}</kbd>
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
