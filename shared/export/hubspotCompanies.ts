/**
 * HubSpot companies import. HubSpot dedupes on "Company domain name" (exact) or the Record
 * ID, takes dropdown values as internal values (tier_1, true/false) and owners by email.
 * The motions an account is in go to a multiple-checkbox property; the leading ';' makes
 * HubSpot add them to the values already there instead of replacing them.
 */
import type { Account } from '../domain/types';
import { emailAddress, maxLength, required, type CellCheck } from './columnChecks';
import { buildTables, type ExportColumn } from './exportColumns';
import type { ExportResult, ExportSource } from './exportTypes';
import { motionAudiences } from './motionAudiences';
import { noSemicolonInMotionNames, ownerHasEmail } from './salesforceAccounts';

export const HUBSPOT_COMPANIES_BASE_NAME = 'hubspot-companies';
/** HubSpot's limit per import file. */
export const HUBSPOT_MAX_ROWS_PER_FILE = 1_048_575;
export const HUBSPOT_MOTIONS_HEADER = 'ABM motions';

const domainOrRecordId: CellCheck<Account> = (value, account) =>
  value === '' && account.hubspotId === ''
    ? 'is empty and there is no Record ID, so HubSpot cannot match the company and would create a duplicate'
    : null;

export function exportHubspotCompanies(
  source: ExportSource,
  maxRows: number = HUBSPOT_MAX_ROWS_PER_FILE,
): ExportResult {
  const { motionsOf } = motionAudiences(source.accounts, source.motions);
  const columns: ExportColumn<Account>[] = [
    { header: 'Record ID', value: (a) => a.hubspotId },
    { header: 'Company name', value: (a) => a.name, checks: [required, maxLength(65_536)] },
    { header: 'Company domain name', value: (a) => a.domain, checks: [domainOrRecordId] },
    {
      header: 'Target Account',
      value: (a) => (a.status === 'target' ? 'true' : 'false'),
    },
    {
      header: 'Ideal customer profile tier',
      value: (a) => (a.tier === null ? '' : `tier_${a.tier}`),
    },
    { header: 'Company owner', value: (a) => a.ownerEmail, checks: [ownerHasEmail, emailAddress] },
    {
      header: HUBSPOT_MOTIONS_HEADER,
      value: (a) => {
        const motions = motionsOf.get(a.id);
        return motions ? `;${motions.map((m) => m.name).join(';')}` : '';
      },
      checks: [noSemicolonInMotionNames(motionsOf)],
    },
  ];
  const { tables, problems } = buildTables(
    source.accounts,
    {
      baseName: HUBSPOT_COMPANIES_BASE_NAME,
      group: '',
      columns,
      describe: (a) => a.name || a.domain || a.id,
    },
    maxRows,
  );
  return { baseName: HUBSPOT_COMPANIES_BASE_NAME, extension: 'csv', tables, problems };
}
