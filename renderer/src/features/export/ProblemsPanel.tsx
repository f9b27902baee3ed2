/**
 * The rows a CRM would reject, found before anything is written: each names the file, row,
 * column and record. The problem text wraps (never cut off), so it can be read in full on a
 * shared screen. The whole list can be saved as CSV to work through.
 */
import type { ExportProblem } from '../../../../shared/export/exportTypes';
import { errorRows } from '../../../../shared/export/problemsCsv';

const SHOWN = 200;

export function ProblemsPanel({
  problems,
  onSave,
}: {
  problems: readonly ExportProblem[];
  onSave: () => void;
}) {
  if (problems.length === 0) {
    return (
      <p className="export-ok" role="status">
        Every row passed validation.
      </p>
    );
  }
  const rows = errorRows(problems).size;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  return (
    <section className="export-problems" aria-labelledby="export-problems-heading">
      <div className="export-problems-head">
        <h2 id="export-problems-heading">
          {rows} row{rows === 1 ? '' : 's'} the CRM would reject, {warnings} warning
          {warnings === 1 ? '' : 's'}
        </h2>
        <button type="button" onClick={onSave}>
          Export problems as CSV
        </button>
      </div>
      <div className="export-table-scroll">
        <table aria-label="Validation problems" className="export-problems-table">
          <thead>
            <tr>
              <th scope="col">Severity</th>
              <th scope="col">File</th>
              <th scope="col">Row</th>
              <th scope="col">Column</th>
              <th scope="col">Record</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {problems.slice(0, SHOWN).map((p, i) => (
              <tr key={i}>
                <td>{p.severity}</td>
                <td>{p.file}</td>
                <td>{p.row}</td>
                <td>{p.column}</td>
                <td title={p.record}>{p.record}</td>
                <td className="export-problem-text">{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {problems.length > SHOWN && (
        <p className="export-muted">
          Showing {SHOWN} of {problems.length}; the CSV holds them all.
        </p>
      )}
    </section>
  );
}
