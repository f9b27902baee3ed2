/**
 * What the import will do before anything is written: counts of new, updated, merged and
 * rejected rows and of same-company CRM records, samples of each, every rejected cell with
 * file/row/column/value/reason, the merge policy for accounts that already exist, and the
 * status new accounts get (candidate unless the user picks target).
 */
import type { AccountStatus } from '../../../../../shared/domain/types';
import { CRM_LABELS, MERGE_POLICIES, type MergePolicy } from '../../../../../shared/accounts';
import { noticeOf } from '../../../../../shared/csv/csvError';
import { CrmDuplicatesList, type KeepSeparateChoice } from './CrmDuplicatesList';
import type { PreviewSummary } from './importProtocol';

function show(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  return Array.isArray(v) ? v.join('; ') : String(v);
}

function ownersLine(o: PreviewSummary['owners']): string {
  const parts: string[] = [];
  if (o.added > 0) parts.push(`${o.added.toLocaleString()} new`);
  if (o.updated > 0) parts.push(`${o.updated.toLocaleString()} completed`);
  const people = parts.length > 0 ? `Owner directory: ${parts.join(', ')}.` : '';
  const filled =
    o.accountsFilled > 0
      ? ` ${o.accountsFilled.toLocaleString()} other accounts get their owner's e-mail from it.`
      : '';
  return `${people}${filled}`.trim();
}

export function PreviewStep(props: {
  summary: PreviewSummary;
  policy: MergePolicy;
  defaultStatus: AccountStatus;
  keepSeparate: KeepSeparateChoice;
  onPolicy: (p: MergePolicy) => void;
  onDefaultStatus: (s: AccountStatus) => void;
  onKeepSeparate: (keep: KeepSeparateChoice) => void;
  onBack: () => void;
  onCancel: () => void;
  onImport: () => void;
}) {
  const { summary: s } = props;
  return (
    <div className="preview-step">
      <dl className="preview-counts" aria-label="Import preview">
        <div>
          <dt>New</dt>
          <dd data-testid="count-new">{s.counts.new.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Will update</dt>
          <dd data-testid="count-updated">{s.counts.updated.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Merged duplicates</dt>
          <dd data-testid="count-merged">{s.counts.merged.toLocaleString()}</dd>
        </div>
        {s.crmDuplicateGroups > 0 &&
          (['salesforce', 'hubspot'] as const).map((crm) => (
            <div key={crm}>
              <dt>Same company, several {CRM_LABELS[crm]} records</dt>
              <dd data-testid={`count-crm-${crm}`}>{s.crmDuplicateRows[crm].toLocaleString()}</dd>
            </div>
          ))}
        <div>
          <dt>Rejected rows</dt>
          <dd data-testid="count-rejected">{s.counts.rejected.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Unchanged</dt>
          <dd>{s.unchanged.toLocaleString()}</dd>
        </div>
      </dl>
      {s.files
        .flatMap((f) => f.notices.map((n) => noticeOf(f.name, n)))
        .map((n) => (
          <p key={n} className="notice" role="status">
            {n}
          </p>
        ))}
      {(s.owners.added > 0 || s.owners.updated > 0 || s.owners.accountsFilled > 0) && (
        <p className="notice" role="status" data-testid="owners-learnt">
          {ownersLine(s.owners)}
        </p>
      )}
      <fieldset className="merge-policy">
        <legend>Accounts that already exist</legend>
        {MERGE_POLICIES.map((p) => (
          <label key={p.policy}>
            <input
              type="radio"
              name="merge-policy"
              checked={props.policy === p.policy}
              onChange={() => props.onPolicy(p.policy)}
            />
            {p.label}
          </label>
        ))}
      </fieldset>
      <label className="new-status">
        New accounts without a status become{' '}
        <select
          aria-label="Status of new accounts"
          value={props.defaultStatus}
          onChange={(e) => props.onDefaultStatus(e.target.value as AccountStatus)}
        >
          <option value="candidate">candidates (review them before targeting)</option>
          <option value="target">targets (on the target account list at once)</option>
        </select>
      </label>
      <CrmDuplicatesList summary={s} keep={props.keepSeparate} onChange={props.onKeepSeparate} />
      {s.rejected.length > 0 && (
        <details open>
          <summary>Rejected rows ({s.counts.rejected.toLocaleString()}) — not imported</summary>
          <table className="preview-table" aria-label="Rejected rows">
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Row</th>
                <th scope="col">Column</th>
                <th scope="col">Value</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {s.rejected.map((r, i) => (
                <tr key={i}>
                  <td>{r.file}</td>
                  <td>{r.row}</td>
                  <td>{r.column || '—'}</td>
                  <td>{r.value || '—'}</td>
                  <td>{r.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {s.rejectedCells > s.rejected.length && (
            <p className="muted">…and {s.rejectedCells - s.rejected.length} more problems.</p>
          )}
          {s.rejected.some((r) => r.reason.endsWith('is not a number')) && (
            <p className="muted">
              A placeholder such as “n/a” that means “no value” can be imported as empty: go back to
              the columns and tick it under “Values that are not numbers”.
            </p>
          )}
        </details>
      )}
      {s.merged.length > 0 && (
        <details>
          <summary>Merged duplicates ({s.counts.merged.toLocaleString()})</summary>
          <ul>
            {s.merged.map((m, i) => (
              <li key={i}>
                {m.file} row {m.row} ({m.name || 'no name'}) joins {m.intoFile} row {m.intoRow},
                same{' '}
                {m.matchedBy === 'domain'
                  ? 'domain'
                  : m.matchedBy === 'salesforceId'
                    ? 'Salesforce ID'
                    : 'HubSpot ID'}
              </li>
            ))}
          </ul>
        </details>
      )}
      {s.updateSample.length > 0 && (
        <details>
          <summary>Will update ({s.counts.updated.toLocaleString()})</summary>
          <ul>
            {s.updateSample.map((u) => (
              <li key={u.before.id}>
                <strong>{u.before.name}</strong>:{' '}
                {u.changes.map((c) => `${c.field} ${show(c.before)} → ${show(c.after)}`).join(', ')}
              </li>
            ))}
          </ul>
        </details>
      )}
      {s.newSample.length > 0 && (
        <details>
          <summary>New ({s.counts.new.toLocaleString()})</summary>
          <ul>
            {s.newSample.map((a) => (
              <li key={a.id}>
                {a.name} <span className="muted">{a.domain}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={props.onBack}>
          Back to columns
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          disabled={s.putCount === 0 && s.owners.added + s.owners.updated === 0}
          onClick={props.onImport}
        >
          Import {s.putCount.toLocaleString()} accounts
        </button>
      </div>
    </div>
  );
}
