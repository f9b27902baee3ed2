/**
 * HubSpot dedupes companies on "Company domain name" (exact), so a companies file must not
 * hold one domain twice: the second row would update (or be merged into) the first company.
 * The check below flags every row after the first of a domain as an error that names both
 * accounts; leaving the flagged rows out writes one row per domain.
 */
import type { CellCheck } from './columnChecks';
import { tableFileName } from './exportColumns';

interface First<R> {
  record: R;
  index: number;
}

export function uniqueDomainCheck<R>(
  records: readonly R[],
  domainOf: (r: R) => string,
  describe: (r: R) => string,
  file: { baseName: string; maxRows: number },
): CellCheck<R> {
  const first = new Map<string, First<R>>();
  records.forEach((record, index) => {
    const domain = domainOf(record);
    if (domain !== '' && !first.has(domain)) first.set(domain, { record, index });
  });
  const parts = Math.max(1, Math.ceil(records.length / file.maxRows));
  // Where the first row of a domain lands, as the problems list names rows.
  const placeOf = (index: number) => {
    const part = Math.floor(index / file.maxRows);
    const name = tableFileName(file.baseName, parts === 1 ? '' : String(part + 1), 'csv');
    return `${name}, row ${(index % file.maxRows) + 2}`;
  };
  return (value, record) => {
    if (value === '') return null;
    const f = first.get(value);
    if (!f || f.record === record) return null;
    return (
      `is "${value}", the domain of "${describe(f.record)}" too (${placeOf(f.index)}): ` +
      'HubSpot keeps one company per domain and would fold this row into that company — ' +
      'merge the two accounts in the workbench, or correct one website'
    );
  };
}
