/**
 * The preview's list of companies the files hold as several records of one CRM (same domain,
 * different ids): each becomes one account that keeps one id and lists the others as
 * duplicates to merge in the CRM — unless the user keeps a group, or all, as separate accounts.
 */
import {
  CRM_LABELS,
  crmDuplicateRowsText,
  CRMS,
  type CrmDuplicateGroup,
} from '../../../../../shared/accounts';
import type { PreviewSummary } from './importProtocol';

/** What the dialog sends the Worker: every group apart, or the domains of the groups kept apart. */
export type KeepSeparateChoice = 'all' | string[];

function isKept(keep: KeepSeparateChoice, domain: string): boolean {
  return keep === 'all' || keep.includes(domain);
}

/** How many groups from `i` on share its domain (the list is ordered by domain). */
function spanOf(groups: readonly CrmDuplicateGroup[], i: number): number {
  let n = 1;
  while (groups[i + n]?.domain === groups[i]?.domain) n++;
  return n;
}

function toggled(keep: string[], domain: string, on: boolean): string[] {
  return on ? [...keep, domain] : keep.filter((d) => d !== domain);
}

function GroupRow(props: {
  group: CrmDuplicateGroup;
  /** Rows of this domain (both CRMs' groups share one choice), on the first row; else 0. */
  span: number;
  keep: KeepSeparateChoice;
  onChange: (keep: KeepSeparateChoice) => void;
}) {
  const { group: g, keep, span } = props;
  const names = [...new Set(g.records.map((r) => r.name).filter(Boolean))];
  return (
    <tr>
      <td>{CRM_LABELS[g.crm]}</td>
      <td>{g.domain}</td>
      <td>{names.join('; ')}</td>
      <td>{g.keptId}</td>
      <td>{g.duplicateIds.join('; ')}</td>
      <td>{g.keptSeparate ? 'separate accounts' : `one account: ${g.accountName}`}</td>
      {span > 0 && (
        <td rowSpan={span}>
          <input
            type="checkbox"
            aria-label={`Keep ${g.domain} as separate accounts`}
            checked={isKept(keep, g.domain)}
            disabled={keep === 'all'}
            onChange={(e) =>
              props.onChange(toggled(keep === 'all' ? [] : keep, g.domain, e.target.checked))
            }
          />
        </td>
      )}
    </tr>
  );
}

export function CrmDuplicatesList(props: {
  summary: PreviewSummary;
  keep: KeepSeparateChoice;
  onChange: (keep: KeepSeparateChoice) => void;
}) {
  const { summary: s, keep } = props;
  if (s.crmDuplicateGroups === 0) return null;
  return (
    <details open className="crm-duplicates">
      <summary>Same company, several CRM records ({s.crmDuplicateGroups.toLocaleString()})</summary>
      {CRMS.filter((crm) => s.crmDuplicateRows[crm] > 0).map((crm) => (
        <p key={crm} role="status">
          {crmDuplicateRowsText(crm, s.crmDuplicateRows[crm])}. Each company becomes one account
          that keeps one ID and lists the others as duplicates to merge in the CRM.
        </p>
      ))}
      <label>
        <input
          type="checkbox"
          checked={keep === 'all'}
          onChange={(e) => props.onChange(e.target.checked ? 'all' : [])}
        />
        Keep all of them as separate accounts
      </label>
      <table className="preview-table" aria-label="Same company, several CRM records">
        <thead>
          <tr>
            <th scope="col">CRM</th>
            <th scope="col">Domain</th>
            <th scope="col">Names</th>
            <th scope="col">Kept ID</th>
            <th scope="col">Duplicate IDs</th>
            <th scope="col">Becomes</th>
            <th scope="col">Keep separate</th>
          </tr>
        </thead>
        <tbody>
          {s.crmDuplicates.map((g, i) => (
            <GroupRow
              key={`${g.crm}:${g.domain}:${g.accountId}`}
              group={g}
              span={s.crmDuplicates[i - 1]?.domain === g.domain ? 0 : spanOf(s.crmDuplicates, i)}
              keep={keep}
              onChange={props.onChange}
            />
          ))}
        </tbody>
      </table>
      {s.crmDuplicateGroups > s.crmDuplicates.length && (
        <p className="muted">
          …and {(s.crmDuplicateGroups - s.crmDuplicates.length).toLocaleString()} more companies.
        </p>
      )}
    </details>
  );
}
