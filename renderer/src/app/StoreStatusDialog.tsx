/**
 * Tells the user when this window may not write to the workspace store, and what to do:
 * another tab took the store over (take it back here), the store was upgraded or deleted
 * by another window (reload), or an upgrade waits for other tabs to close. Modal, so
 * nothing can be edited that could not be saved; it closes itself once writing is back.
 */
import { useEffect, useRef } from 'react';
import { DB_NAME } from '../store/db';
import type { StoreStatus } from '../store/storeStatus';
import { useUiStore } from '../store/uiStore';
import { claimWriter } from '../store/writerLock';

function texts(status: StoreStatus): { title: string; message: string } | null {
  switch (status.kind) {
    case 'taken-over':
      return {
        title: 'Opened in another tab',
        message:
          'ABM Workbench is open in another tab or window, and only one of them changes the workspace at a time, so that neither overwrites the other. This tab stopped writing; everything saved is in the other one too.',
      };
    case 'closed':
      return {
        title: 'Reload to keep working',
        message:
          status.reason === 'upgraded'
            ? 'A newer version of ABM Workbench opened the workspace in another tab or window, so this one closed its connection. Reload this page to keep working; everything saved is kept.'
            : 'The workspace store was deleted in another tab or window. Reload this page to start again.',
      };
    case 'blocked':
      return {
        title: 'Waiting for other tabs',
        message:
          'This tab is upgrading the workspace store and waits for ABM Workbench in other tabs or windows to close. Close them (or reload them) to go on; nothing is lost.',
      };
    default:
      return null;
  }
}

export function StoreStatusDialog() {
  const status = useUiStore((s) => s.storeStatus);
  const ref = useRef<HTMLDialogElement>(null);
  const shown = texts(status);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (shown && !dialog.open) dialog.showModal();
    if (!shown && dialog.open) dialog.close();
  }, [shown]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="store-status-title"
      aria-describedby="store-status-message"
      // Escape does not dismiss it: the state it reports is still true.
      onCancel={(e) => e.preventDefault()}
      onClose={() => {
        if (texts(useUiStore.getState().storeStatus)) ref.current?.showModal();
      }}
    >
      {shown && (
        <>
          <h2 id="store-status-title">{shown.title}</h2>
          <p id="store-status-message">{shown.message}</p>
          <div className="dialog-buttons">
            {status.kind === 'taken-over' && (
              <button type="button" className="primary" onClick={() => void claimWriter(DB_NAME)}>
                Use in this tab
              </button>
            )}
            {status.kind === 'closed' && (
              <button type="button" className="primary" onClick={() => window.location.reload()}>
                Reload
              </button>
            )}
          </div>
        </>
      )}
    </dialog>
  );
}
