/**
 * The results import's preview under its mapping: new, updated and unchanged opportunities,
 * how they matched their accounts, every bad cell by file, row and column (then nothing can
 * be imported), the unmatched ones (imported and listed) and the reading's notices.
 */
import { formatCsvError } from '../../../../shared/csv';
import type { ResultsPreviewSummary } from './import/resultsProtocol';
import { count } from './format';

const UNMATCHED_SHOWN = 50;

export function ResultsPreview({ preview }: { preview: ResultsPreviewSummary }) {
  const c = preview.counts;
  return (
    <>
      <ul aria-label="Import preview">
        <li>{count(c.new)} new</li>
        <li>{count(c.updated)} will update</li>
        <li>{count(c.unchanged)} unchanged</li>
        <li>
          matched by CRM id {count(preview.matchedBy['crm id'])}, by domain{' '}
          {count(preview.matchedBy.domain)}, by name {count(preview.matchedBy.name)}
        </li>
        <li>{count(c.unmatched)} match no account (imported and listed)</li>
      </ul>
      {preview.errors.length > 0 && (
        <div role="alert" className="review-errors">
          <p>
            <strong>Nothing will be imported</strong> until these {count(preview.errorCount)}{' '}
            problem(s) are fixed:
          </p>
          <ul aria-label="Import problems">
            {preview.errors.map((e, i) => (
              <li key={i}>{formatCsvError(e)}</li>
            ))}
          </ul>
        </div>
      )}
      {preview.unmatched.length > 0 && (
        <ul aria-label="Unmatched opportunities">
          {preview.unmatched.slice(0, UNMATCHED_SHOWN).map((u) => (
            <li key={`${u.file}:${u.row}`}>
              {u.file}, row {u.row}: {u.opportunity.name || u.opportunity.crmId} — {u.reason}
            </li>
          ))}
        </ul>
      )}
      {preview.notices.map((n) => (
        <p key={n} className="review-muted">
          {n}
        </p>
      ))}
    </>
  );
}
