/** Removing accounts from the list needs a reason; the quarterly review shows it. */
import { useState } from 'react';
import type { Account } from '../../../../shared/domain/types';
import { removeAccounts } from '../../../../shared/accounts';
import { commit } from '../../store/changes';
import { useUiStore } from '../../store/uiStore';
import { ModalDialog } from '../../ui/ModalDialog';

export function RemoveDialog({ accounts, onClose }: { accounts: Account[]; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const notify = useUiStore((s) => s.notify);
  const submit = async () => {
    const result = removeAccounts(accounts, reason, new Date().toISOString());
    if (!result.ok) return setError(result.reason);
    await commit(`Remove ${accounts.length.toLocaleString()} accounts`, {
      accounts: { put: result.value },
    });
    notify('ok', `Removed ${accounts.length.toLocaleString()} accounts: ${reason.trim()}`);
    onClose();
  };
  return (
    <ModalDialog className="accounts-modal" labelledBy="remove-title" onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2 id="remove-title">Remove {accounts.length.toLocaleString()} accounts from the list</h2>
        <label>
          Reason (required)
          <input
            aria-label="Removal reason"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            size={40}
          />
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary danger">
            Remove
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
