/**
 * Possible duplicates: accounts on subdomains of one registrable domain (eu.acme.com and
 * acme.com), which an import never merges on its own. Each group merges in one click into
 * its oldest account (one undo step), or is marked "Not duplicates" and stays hidden until
 * another account joins it.
 */
import { useMemo, useState } from 'react';
import type { Account, IcpProfile } from '../../../../../shared/domain/types';
import {
  suggestSubdomainDuplicates,
  type DuplicateSuggestion,
} from '../../../../../shared/accounts';
import { useSettings } from '../../../store/settings';
import { useUiStore } from '../../../store/uiStore';
import { dismissSuggestion, mergeSuggestion } from './mergeSuggestion';

/** Groups drawn at once; a list of thousands is worked through from the top. */
const SHOWN = 100;

export function DuplicatesPanel({
  accounts,
  profile,
}: {
  accounts: Account[];
  profile: IcpProfile | null;
}) {
  const { notDuplicates } = useSettings();
  const notify = useUiStore((s) => s.notify);
  const [busy, setBusy] = useState(false);
  const suggestions = useMemo(
    () => suggestSubdomainDuplicates(accounts, new Set(notDuplicates)),
    [accounts, notDuplicates],
  );

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (e) {
      notify('error', `Nothing was changed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };
  const merge = (s: DuplicateSuggestion) =>
    run(async () => {
      const survivor = await mergeSuggestion(s.accounts, profile);
      notify('ok', `Merged ${s.accounts.length} accounts into ${survivor.name}.`);
    });
  const dismiss = (s: DuplicateSuggestion) => run(() => dismissSuggestion(s));

  return (
    <section className="side-panel" aria-labelledby="duplicates-heading">
      <h2 id="duplicates-heading">Possible duplicates</h2>
      <p className="muted" role="status">
        {suggestions.length === 0
          ? 'No accounts share a registrable domain under different subdomains.'
          : `${suggestions.length.toLocaleString()} ${suggestions.length === 1 ? 'group' : 'groups'} of accounts on subdomains of one domain. Merging keeps the oldest account, fills its empty fields from the others and links their CRM IDs.`}
      </p>
      <ul className="duplicate-groups">
        {suggestions.slice(0, SHOWN).map((s) => (
          <li key={s.key} aria-label={`Possible duplicates under ${s.registrableDomain}`}>
            <h3>{s.registrableDomain}</h3>
            <table className="panel-table">
              <thead>
                <tr>
                  <th scope="col">Account</th>
                  <th scope="col">Domain</th>
                  <th scope="col">CRM IDs</th>
                </tr>
              </thead>
              <tbody>
                {s.accounts.map((a, i) => (
                  <tr key={a.id}>
                    <th scope="row">
                      {a.name}
                      {i === 0 && <span className="muted"> (kept)</span>}
                    </th>
                    <td>{a.domain}</td>
                    <td>{[a.salesforceId, a.hubspotId].filter(Boolean).join(', ') || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="dialog-buttons">
              <button type="button" disabled={busy} onClick={() => void dismiss(s)}>
                Not duplicates
              </button>
              <button
                type="button"
                className="primary"
                disabled={busy}
                aria-label={`Merge ${s.accounts.length} accounts into ${s.accounts[0]?.name ?? ''}`}
                onClick={() => void merge(s)}
              >
                Merge
              </button>
            </div>
          </li>
        ))}
      </ul>
      {suggestions.length > SHOWN && (
        <p className="muted">
          …and {(suggestions.length - SHOWN).toLocaleString()} more: merge or dismiss these first.
        </p>
      )}
    </section>
  );
}
