/**
 * The question asked before a destructive action (restore over the workspace, replace an
 * approved quarter): a native modal <dialog> showing what will be replaced. Cancel has the
 * focus, so Enter or Escape keeps everything as it is; only the named button goes ahead.
 */
import { useEffect, useRef } from 'react';
import { useUiStore } from '../store/uiStore';

export function ConfirmDialog() {
  const request = useUiStore((s) => s.confirmation);
  const answer = useUiStore((s) => s.answerConfirmation);
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (request && !dialog.open) dialog.showModal();
    if (!request && dialog.open) dialog.close();
    // showModal() focuses the first button it finds; the safe answer gets the focus instead.
    if (request) cancelRef.current?.focus();
  }, [request]);

  return (
    <dialog
      ref={ref}
      className="dialog confirm-dialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-message"
      onCancel={(e) => {
        e.preventDefault();
        answer(false);
      }}
      onClose={() => {
        if (useUiStore.getState().confirmation) answer(false);
      }}
    >
      {request && (
        <>
          <h2 id="confirm-title">{request.title}</h2>
          <p id="confirm-message">{request.message}</p>
          {request.table && (
            <table className="confirm-table">
              <caption>{request.table.caption}</caption>
              <thead>
                <tr>
                  {request.table.columns.map((c, i) => (
                    <th key={i} scope="col">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {request.table.rows.map(([head, ...cells], i) => (
                  <tr key={i}>
                    <th scope="row">{head}</th>
                    {cells.map((c, j) => (
                      <td key={j}>{c}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="dialog-buttons">
            <button ref={cancelRef} type="button" onClick={() => answer(false)}>
              Cancel
            </button>
            <button type="button" className="primary danger" onClick={() => answer(true)}>
              {request.confirmLabel}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
