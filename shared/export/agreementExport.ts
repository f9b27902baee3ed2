/**
 * The operating agreement as a CSV export (the workspace's own, or the articles' template
 * marked "not yet agreed" when it has none), written by the same CSV writer as every other
 * export, so the Excel-safe mode neutralizes formula-looking cells here too.
 */
import { AGREEMENT_CSV_HEADERS, agreementRows } from '../agreement/agreementCsv';
import { effectiveAgreement } from '../agreement/agreementTemplate';
import type { ExportResult, ExportSource } from './exportTypes';

export const AGREEMENT_BASE_NAME = 'operating-agreement';

export function exportAgreement(source: Pick<ExportSource, 'operatingAgreements'>): ExportResult {
  const { agreement } = effectiveAgreement(source.operatingAgreements);
  return {
    baseName: AGREEMENT_BASE_NAME,
    extension: 'csv',
    tables: [{ suffix: '', headers: [...AGREEMENT_CSV_HEADERS], rows: agreementRows(agreement) }],
    problems: [],
  };
}
