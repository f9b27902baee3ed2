/**
 * A modal dialog on the native <dialog>, open while it is mounted: showModal() puts it in
 * the top layer and makes the rest of the page inert, so Tab stays inside (the focus trap)
 * and focus returns where it was when it closes. Escape asks `onClose`; a dialog without
 * one (a step that must be cancelled with its own button) ignores Escape. The dialogs the
 * shell opens and closes from the store (Settings, confirmations, store status) drive their
 * own <dialog> the same way. In ui/: the pieces every feature uses, below all of them.
 */
import { useLayoutEffect, useRef, type ReactNode } from 'react';

interface Props {
  className: string;
  /** The id of the dialog's heading (its accessible name), or `label` when it has none. */
  labelledBy?: string;
  label?: string;
  onClose?: () => void;
  /** Where the focus goes on open; by default the first field or button. */
  focusFirst?: string;
  children: ReactNode;
}

export function ModalDialog(props: Props) {
  const { onClose, focusFirst = 'input, select, textarea, button' } = props;
  const ref = useRef<HTMLDialogElement>(null);
  // A layout effect: its cleanup runs before React removes the element, and close() on a
  // dialog still in the page is what gives the focus back to the opener.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>(focusFirst)?.focus();
    return () => dialog.close();
    // Opened once per mount; the focus target is read then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <dialog
      ref={ref}
      className={props.className}
      aria-labelledby={props.labelledBy}
      aria-label={props.label}
      // The app's own Escape handlers (the calendar's, the grid's) leave a dialog's to it.
      onKeyDown={(e) => {
        if (e.key === 'Escape') e.stopPropagation();
      }}
      onCancel={(e) => {
        e.preventDefault();
        onClose?.();
      }}
    >
      {props.children}
    </dialog>
  );
}
