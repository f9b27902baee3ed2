/**
 * HubSpot companies import. HubSpot dedupes on "Company domain name" (exact) or the Record
 * ID — so a domain two accounts share is an error on the second row, naming both — takes
 * dropdown values as internal values (tier_1, true/false) and owners by email, found
 * through the owner directory; an owner HubSpot already holds (unchanged since the HubSpot
 * import) needs no e-mail, only a new or changed one does.
 * The motions an account is in go to a multiple-checkbox property; the leading ';' makes
 * HubSpot add them to the values already there instead of replacing them.
 */
import { changedSinceImport } from '../accounts/crmImported';
import { ownerDirectory } from '../owners/ownerDirectory';
import { emailAddress, maxLength, required, type CellCheck } from './columnChecks';
import { uniqueDomainCheck } from './domainClashes';
import { buildTables, type ExportColumn } from './exportColumns';
import type { ExportResult, ExportSource } from './exportTypes';
import { accountsWithMotions, type AccountWithMotions } from './motionAudiences';
import { hubspotOwnerResolves, resolveAccountOwner, type ResolvedOwner } from './ownerCells';
import { describeAccount, noSemicolonInMotionNames } from './salesforceAccounts';

export const HUBSPOT_COMPANIES_BASE_NAME = 'hubspot-companies';
/** HubSpot's limit per import file. */
export const HUBSPOT_MAX_ROWS_PER_FILE = 1_048_575;
export const HUBSPOT_MOTIONS_HEADER = 'ABM motions';
const DOMAIN_HEADER = 'Company domain name';

interface Row extends AccountWithMotions {
  owner: ResolvedOwner;
}

const domainOrRecordId: CellCheck<Row> = (value, { account }) =>
  value === '' && account.hubspotId === ''
    ? 'is empty and there is no Record ID, so HubSpot cannot match the company and would create a duplicate'
    : null;

const COLUMNS: ExportColumn<Row>[] = [
  { header: 'Record ID', value: (r) => r.account.hubspotId },
  { header: 'Company name', value: (r) => r.account.name, checks: [required, maxLength(65_536)] },
  { header: DOMAIN_HEADER, value: (r) => r.account.domain, checks: [domainOrRecordId] },
  { header: 'Target Account', value: (r) => (r.account.status === 'target' ? 'true' : 'false') },
  {
    header: 'Ideal customer profile tier',
    value: (r) => (r.account.tier === null ? '' : `tier_${r.account.tier}`),
  },
  {
    header: 'Company owner',
    value: (r) => r.owner.email,
    checks: [hubspotOwnerResolves<Row>(), emailAddress],
  },
  {
    header: HUBSPOT_MOTIONS_HEADER,
    value: (r) => (r.motionNames === '' ? '' : `;${r.motionNames}`),
    checks: [noSemicolonInMotionNames],
  },
];

export function exportHubspotCompanies(
  source: ExportSource,
  maxRows: number = HUBSPOT_MAX_ROWS_PER_FILE,
): ExportResult {
  const dir = ownerDirectory(source.owners);
  const rows: Row[] = accountsWithMotions(source.accounts, source.motions).map((r) => {
    const changed = changedSinceImport(r.account, r.account.importedFromHubspot, dir);
    return { ...r, owner: resolveAccountOwner(dir, r.account, changed.has('owner')) };
  });
  const oneRowPerDomain = uniqueDomainCheck(rows, (r) => r.account.domain, describeAccount, {
    baseName: HUBSPOT_COMPANIES_BASE_NAME,
    maxRows,
  });
  const columns = COLUMNS.map((c) =>
    c.header === DOMAIN_HEADER ? { ...c, checks: [...(c.checks ?? []), oneRowPerDomain] } : c,
  );
  const { tables, problems } = buildTables(
    rows,
    { baseName: HUBSPOT_COMPANIES_BASE_NAME, group: '', columns, describe: describeAccount },
    maxRows,
  );
  return { baseName: HUBSPOT_COMPANIES_BASE_NAME, extension: 'csv', tables, problems };
}
