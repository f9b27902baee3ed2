/**
 * Messages after an action, at most three (see toastQueue): others fade, errors stay until
 * dismissed and share one toast. That toast shows the newest error on one line; "Show all"
 * opens every error in full, wrapped, so a long message can always be read.
 */
import { useState } from 'react';
import { useUiStore, type Toast } from '../store/uiStore';

export function Toasts() {
  const toasts = useUiStore((s) => s.toasts);
  const dismiss = useUiStore((s) => s.dismiss);
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((t) => (
        <ToastBox key={t.id} toast={t} onDismiss={() => dismiss(t.id)} />
      ))}
    </div>
  );
}

function ToastBox({ toast, onDismiss }: { toast: Toast; onDismiss: () => void }) {
  const [open, setOpen] = useState(false);
  const newest = toast.lines[toast.lines.length - 1];
  const isError = toast.kind === 'error';
  return (
    <div
      className={`toast toast-${toast.kind}${open ? ' is-open' : ''}`}
      role={isError ? 'alert' : 'status'}
    >
      {open ? (
        <ul className="toast-lines" aria-label="All errors">
          {toast.lines.map((l) => (
            <li key={l.message}>
              {l.message}
              {l.count > 1 && <span className="toast-count"> ×{l.count}</span>}
            </li>
          ))}
        </ul>
      ) : (
        <span className={isError ? 'toast-line' : undefined} title={newest?.message}>
          {newest?.message}
          {newest && newest.count > 1 && <span className="toast-count"> ×{newest.count}</span>}
        </span>
      )}
      {isError && (
        <button
          type="button"
          className="toast-more"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open
            ? 'Show less'
            : toast.lines.length > 1
              ? `Show all ${toast.lines.length}`
              : 'Show in full'}
        </button>
      )}
      <button type="button" aria-label="Dismiss message" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
