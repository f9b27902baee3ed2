/**
 * Cancel for an import dialog backed by a Worker session (the account import, the results
 * import): before the write it drops the session and closes; during the write it asks the
 * Worker to abort its one transaction and shows "Cancelling" until the Worker says it did.
 * `cancelRequested` tells the dialog's write handler that an abort was the user's doing.
 */
import { useRef, type Dispatch, type RefObject, type SetStateAction } from 'react';
import { useUiStore } from '../../../store/uiStore';

interface CancellableSession {
  cancel(): void;
  cancelWrite(): void;
}

export function useImportCancel<S extends { kind: string }>(
  session: RefObject<CancellableSession | null>,
  setStage: Dispatch<SetStateAction<S>>,
  onClose: () => void,
) {
  const notify = useUiStore((s) => s.notify);
  const cancelRequested = useRef(false);
  const cancel = () => {
    session.current?.cancel();
    notify('info', 'Import cancelled: nothing was written.');
    onClose();
  };
  const cancelWrite = () => {
    cancelRequested.current = true;
    setStage((st) =>
      st.kind === 'working' ? ({ ...st, label: 'Cancelling', cancelling: true } as S) : st,
    );
    session.current?.cancelWrite();
  };
  return { cancelRequested, cancel, cancelWrite };
}
