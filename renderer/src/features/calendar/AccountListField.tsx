/**
 * An include or exclude list: the accounts picked so far, a search over the TAL to add one,
 * and a box to paste domains (one per line, or separated by ; , or spaces). Pasted domains
 * that match no account are named, never silently dropped.
 */
import { useId, useMemo, useState } from 'react';
import type { Account } from '../../../../shared/domain/types';
import { normalizeDomain } from '../../../../shared/accounts/normalizeDomain';
import type { AccountData } from './calendarData';

interface Props {
  label: string;
  ids: string[];
  data: AccountData | null;
  onChange: (ids: string[]) => void;
}

const MAX_MATCHES = 8;

export function AccountListField({ label, ids, data, onChange }: Props) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [paste, setPaste] = useState('');
  const [unknown, setUnknown] = useState<string[]>([]);
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q || !data) return [];
    const out: Account[] = [];
    for (const a of data.accounts) {
      if (ids.includes(a.id)) continue;
      if (a.name.toLowerCase().includes(q) || a.domain.includes(q)) out.push(a);
      if (out.length >= MAX_MATCHES) break;
    }
    return out;
  }, [query, data, ids]);

  const addPasted = () => {
    if (!data) return;
    const byDomain = new Map(data.accounts.filter((a) => a.domain).map((a) => [a.domain, a.id]));
    const found: string[] = [];
    const missing: string[] = [];
    for (const raw of paste.split(/[\s;,]+/).filter(Boolean)) {
      const accountId = byDomain.get(normalizeDomain(raw));
      if (accountId) found.push(accountId);
      else missing.push(raw);
    }
    onChange([...new Set([...ids, ...found])]);
    setUnknown(missing);
    setPaste(missing.join('\n'));
  };

  return (
    <fieldset className="cal-account-list">
      <legend>{label}</legend>
      <ul aria-label={`${label}: picked accounts`}>
        {ids.map((accountId) => {
          const a = data?.byId.get(accountId);
          const name = a ? `${a.name}${a.domain ? ` (${a.domain})` : ''}` : 'Deleted account';
          return (
            <li key={accountId}>
              {name}
              {a && a.status !== 'target' && <em> — {a.status}</em>}{' '}
              <button
                type="button"
                aria-label={`Remove ${a?.name ?? accountId} from ${label}`}
                onClick={() => onChange(ids.filter((x) => x !== accountId))}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <label htmlFor={`${id}-q`}>Find an account to add to {label.toLowerCase()}</label>
      <input
        id={`${id}-q`}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder={data ? 'Name or domain' : 'Loading accounts…'}
      />
      {matches.length > 0 && (
        <ul className="cal-matches" aria-label="Matching accounts">
          {matches.map((a) => (
            <li key={a.id}>
              <button
                type="button"
                onClick={() => {
                  onChange([...ids, a.id]);
                  setQuery('');
                }}
              >
                Add {a.name} {a.domain && `(${a.domain})`}{' '}
                {a.status !== 'target' && `— ${a.status}`}
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={`${id}-paste`}>Paste domains for {label.toLowerCase()}</label>
      <textarea
        id={`${id}-paste`}
        rows={2}
        value={paste}
        onChange={(e) => setPaste(e.target.value)}
      />
      <button type="button" onClick={addPasted} disabled={!paste.trim() || !data}>
        Add pasted domains
      </button>
      {unknown.length > 0 && (
        <p className="cal-warn" role="alert">
          {unknown.length} domain(s) match no account: {unknown.slice(0, 5).join(', ')}
          {unknown.length > 5 ? '…' : ''}
        </p>
      )}
    </fieldset>
  );
}
