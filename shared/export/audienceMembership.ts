/**
 * Audience membership: one row per motion and account it reaches, with both CRMs' ids and
 * the domain, so a Salesforce campaign-member list or a HubSpot static list can be built
 * from it in either CRM.
 */
import type { Account, Motion } from '../domain/types';
import { buildTables, type ExportColumn } from './exportColumns';
import type { ExportResult, ExportSource } from './exportTypes';
import { motionAudiences } from './motionAudiences';

export const AUDIENCE_MEMBERSHIP_BASE_NAME = 'audience-membership';

interface Membership {
  motion: Motion;
  account: Account;
}

const COLUMNS: ExportColumn<Membership>[] = [
  { header: 'Motion', value: (r) => r.motion.name },
  { header: 'Campaign ID', value: (r) => r.motion.salesforceId },
  { header: 'Motion start', value: (r) => r.motion.start },
  { header: 'Motion end', value: (r) => r.motion.end },
  { header: 'Account name', value: (r) => r.account.name },
  { header: 'Company domain name', value: (r) => r.account.domain },
  { header: 'Salesforce Account ID', value: (r) => r.account.salesforceId },
  { header: 'HubSpot Record ID', value: (r) => r.account.hubspotId },
];

export function exportAudienceMembership(source: ExportSource): ExportResult {
  const { motions, members } = motionAudiences(source.accounts, source.motions);
  const rows: Membership[] = [];
  for (const motion of motions) {
    for (const p of members.get(motion.id) ?? []) {
      const account = source.accounts[p];
      if (account) rows.push({ motion, account });
    }
  }
  const { tables, problems } = buildTables(rows, {
    baseName: AUDIENCE_MEMBERSHIP_BASE_NAME,
    group: '',
    columns: COLUMNS,
    describe: (r) => `${r.motion.name} / ${r.account.name}`,
  });
  return { baseName: AUDIENCE_MEMBERSHIP_BASE_NAME, extension: 'csv', tables, problems };
}
