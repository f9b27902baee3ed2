/** Conflicts grouped by account: the accounts with the most conflicts first. */
import type { AccountRow } from './conflictsProtocol';

interface Props {
  accounts: readonly AccountRow[];
  total: number;
  onOpen: (accountId: string) => void;
}

export function AccountList({ accounts, total, onOpen }: Props) {
  if (accounts.length === 0) return <p className="conflicts-empty">No account has a conflict.</p>;
  return (
    <>
      <table className="conflicts-table" aria-label="Conflicts by account">
        <thead>
          <tr>
            <th scope="col">Account</th>
            <th scope="col">Tier</th>
            <th scope="col">Primary team</th>
            <th scope="col">Conflicts</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((a) => (
            <tr key={a.id}>
              <td>
                <button type="button" className="link" onClick={() => onOpen(a.id)}>
                  {a.name || a.id}
                </button>
              </td>
              <td>{a.tier ? `Tier ${a.tier}` : '—'}</td>
              <td>{a.primaryTeam ?? 'not set'}</td>
              <td className="num">{a.conflicts.toLocaleString()}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > accounts.length && (
        <p className="muted">
          The {accounts.length} accounts with the most conflicts, of {total.toLocaleString()} with
          any.
        </p>
      )}
    </>
  );
}
