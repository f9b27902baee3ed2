/** Asks before an owner leaves the directory; their accounts keep the name and e-mail. */
import type { Owner } from '../../../../../shared/domain/types';
import { ownerLabel } from '../../../../../shared/owners';

export function DeleteOwnerDialog(props: {
  owner: Owner;
  accounts: number;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const name = ownerLabel(props.owner);
  return (
    <div className="accounts-modal-backdrop">
      <div
        className="accounts-modal"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="delete-owner-title"
        aria-describedby="delete-owner-text"
      >
        <h2 id="delete-owner-title">Delete {name}?</h2>
        <p id="delete-owner-text">
          {props.accounts > 0
            ? `${props.accounts.toLocaleString()} accounts keep ${name} as their owner, but exports will no longer find the e-mail or CRM ids from the directory.`
            : 'No account has this owner.'}{' '}
          Undo brings the owner back.
        </p>
        <div className="dialog-buttons">
          <button type="button" autoFocus onClick={props.onCancel}>
            Cancel
          </button>
          <button type="button" className="primary danger" onClick={props.onConfirm}>
            Delete
          </button>
        </div>
      </div>
    </div>
  );
}
