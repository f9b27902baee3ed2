/** The first rows of each file an export will write, so the user sees headers and values. */
import { tableFileName } from '../../../../shared/export/exportColumns';
import type { ExportResult } from '../../../../shared/export/exportTypes';

const PREVIEW_ROWS = 20;

export function ExportPreview({ result }: { result: ExportResult }) {
  if (result.extension === 'ics') {
    const text = result.render?.('crm') ?? '';
    const lines = text.split('\r\n');
    return (
      <section className="export-preview" aria-label="Preview">
        <h2>abm-calendar.ics</h2>
        <pre className="export-ics">{lines.slice(0, 40).join('\n')}</pre>
        {lines.length > 40 && <p className="export-muted">… {lines.length - 40} more lines</p>}
      </section>
    );
  }
  return (
    <section className="export-preview" aria-label="Preview">
      {result.tables.map((table) => {
        const name = tableFileName(result.baseName, table.suffix, result.extension);
        return (
          <figure key={name} className="export-file">
            <figcaption>
              <strong>{name}</strong> — {table.rows.length.toLocaleString()} row
              {table.rows.length === 1 ? '' : 's'}
            </figcaption>
            <div className="export-table-scroll">
              <table aria-label={`Preview of ${name}`}>
                <thead>
                  <tr>
                    {table.headers.map((h, i) => (
                      <th key={i} scope="col">
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {table.rows.slice(0, PREVIEW_ROWS).map((row, r) => (
                    <tr key={r}>
                      {row.map((cell, c) => (
                        <td key={c}>{cell}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {table.rows.length > PREVIEW_ROWS && (
              <p className="export-muted">
                Showing {PREVIEW_ROWS} of {table.rows.length.toLocaleString()} rows.
              </p>
            )}
          </figure>
        );
      })}
    </section>
  );
}
