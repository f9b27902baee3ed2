/**
 * The owner directory as a small editable table: the people who own accounts, with the
 * e-mail and CRM ids the exports assign owners by. Add, edit in place, delete (asked
 * first), and load a Salesforce users report or HubSpot users export. Every change is one
 * undo step; a bad value or file is named and changes nothing.
 */
import { useMemo, useState } from 'react';
import type { Account, Owner } from '../../../../../shared/domain/types';
import {
  OWNER_FIELDS,
  ownerDirectory,
  ownerLabel,
  ownerOfAccount,
  type OwnerDraft,
  type OwnerField,
} from '../../../../../shared/owners';
import { platform } from '../../../platform';
import { useUiStore } from '../../../store/uiStore';
import { addOwner, deleteOwner, editOwner, importUsers } from './ownerActions';
import { OwnerRow } from './OwnerRow';
import { DeleteOwnerDialog } from './DeleteOwnerDialog';

const EMPTY: OwnerDraft = { name: '', email: '', salesforceUserId: '', hubspotOwnerId: '' };
const MAX_PROBLEMS = 20;

export function OwnersPanel({ owners, accounts }: { owners: Owner[]; accounts: Account[] }) {
  const notify = useUiStore((s) => s.notify);
  const [draft, setDraft] = useState<OwnerDraft>(EMPTY);
  const [error, setError] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [deleting, setDeleting] = useState<Owner | null>(null);

  const counts = useMemo(() => {
    const dir = ownerDirectory(owners);
    const n = new Map<string, number>();
    for (const a of accounts) {
      const o = ownerOfAccount(dir, a);
      if (o) n.set(o.id, (n.get(o.id) ?? 0) + 1);
    }
    return n;
  }, [owners, accounts]);

  const report = (result: { ok: boolean; message: string }) => {
    setError(result.ok ? '' : result.message);
    if (result.ok && result.message) notify('ok', result.message);
    return result.ok;
  };

  const pickUsersFile = async () => {
    const [file] = await platform.openFiles({
      title: 'Import users',
      filters: [{ name: 'CSV exports', extensions: ['csv', 'txt'] }],
      multiple: false,
    });
    if (!file) return;
    const outcome = await importUsers(file, owners, accounts);
    setProblems(outcome.ok ? [] : outcome.problems);
    notify(outcome.ok ? 'ok' : 'error', outcome.message);
  };

  return (
    <section className="side-panel owners-panel" aria-labelledby="owners-heading">
      <h2 id="owners-heading">Owners</h2>
      <p className="muted">
        {owners.length.toLocaleString()} people. Exports assign owners by their e-mail or Salesforce
        user ID; imports fill this list, and a Salesforce users report or a HubSpot users export
        gives the e-mails and IDs.
      </p>
      <button type="button" onClick={() => void pickUsersFile()}>
        Import users CSV…
      </button>
      {problems.length > 0 && (
        <div role="alert" className="import-errors" aria-label="Users file problems">
          <ul>
            {problems.slice(0, MAX_PROBLEMS).map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          {problems.length > MAX_PROBLEMS && (
            <p>…and {(problems.length - MAX_PROBLEMS).toLocaleString()} more.</p>
          )}
        </div>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <table className="panel-table owners-table" aria-label="Owners">
        <thead>
          <tr>
            {OWNER_FIELDS.map((f) => (
              <th key={f.field} scope="col">
                {f.label}
              </th>
            ))}
            <th scope="col">Accounts</th>
            <th scope="col" aria-label="Actions" />
          </tr>
        </thead>
        <tbody>
          {owners.map((o) => (
            <OwnerRow
              key={o.id}
              owner={o}
              accounts={counts.get(o.id) ?? 0}
              onSave={async (owner: Owner, field: OwnerField, text: string) =>
                report(await editOwner(owner, field, text, owners, accounts))
              }
              onDelete={setDeleting}
            />
          ))}
        </tbody>
      </table>
      <form
        className="owner-add"
        aria-label="Add owner"
        onSubmit={(e) => {
          e.preventDefault();
          void addOwner(draft, owners).then((r) => report(r) && setDraft(EMPTY));
        }}
      >
        {OWNER_FIELDS.map((f) => (
          <label key={f.field}>
            {f.label}
            <input
              aria-label={`New owner's ${f.label}`}
              value={draft[f.field]}
              onChange={(e) => setDraft({ ...draft, [f.field]: e.target.value })}
            />
          </label>
        ))}
        <button type="submit" className="primary">
          Add owner
        </button>
      </form>
      {deleting && (
        <DeleteOwnerDialog
          owner={deleting}
          accounts={counts.get(deleting.id) ?? 0}
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            void deleteOwner(deleting).then(() =>
              notify('ok', `Deleted ${ownerLabel(deleting)} from the owners.`),
            );
            setDeleting(null);
          }}
        />
      )}
    </section>
  );
}
