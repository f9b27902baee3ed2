/**
 * Salesforce campaigns for Data Loader (the Import Wizard does not take campaigns): one row
 * per motion. "Id" is filled where the motion came from Salesforce, so an upsert updates it.
 * ParentId needs a Salesforce ID: the parent program is looked up among the motions by name.
 */
import type { Motion, MotionKind } from '../domain/types';
import { calendarDate, isSalesforceId, maxLength, required, salesforceId } from './columnChecks';
import { buildTables, type ExportColumn } from './exportColumns';
import type { ExportResult, ExportSource } from './exportTypes';
import { byStartThenName } from './motionAudiences';
import { numberCell } from './salesforceAccounts';

export const SALESFORCE_CAMPAIGNS_BASE_NAME = 'salesforce-campaigns';
export const CAMPAIGN_NAME_MAX = 80;

/** Motion kind → the standard Salesforce campaign Type picklist value. */
export const CAMPAIGN_TYPE: Record<MotionKind, string> = {
  'email nurture': 'Email',
  ads: 'Advertisement',
  event: 'Conference',
  webinar: 'Webinar',
  'direct mail': 'Direct Mail',
  content: 'Other',
  'sales sequence': 'Email',
  'call blitz': 'Telemarketing',
  'linkedin outreach': 'Other',
  other: 'Other',
};

export function exportSalesforceCampaigns(source: ExportSource): ExportResult {
  const motions = [...source.motions].sort(byStartThenName);
  const idByName = new Map<string, string>();
  for (const m of motions)
    if (m.salesforceId !== '') idByName.set(m.name.trim().toLowerCase(), m.salesforceId);
  const parentId = (m: Motion): string => {
    const parent = m.parentProgram.trim();
    if (parent === '') return '';
    if (isSalesforceId(parent)) return parent;
    return idByName.get(parent.toLowerCase()) ?? '';
  };
  const columns: ExportColumn<Motion>[] = [
    { header: 'Id', value: (m) => m.salesforceId, checks: [salesforceId] },
    { header: 'Name', value: (m) => m.name, checks: [required, maxLength(CAMPAIGN_NAME_MAX)] },
    { header: 'Type', value: (m) => CAMPAIGN_TYPE[m.kind] },
    { header: 'Status', value: (m) => m.status, checks: [required] },
    { header: 'StartDate', value: (m) => m.start, checks: [required, calendarDate] },
    {
      header: 'EndDate',
      value: (m) => m.end,
      checks: [
        required,
        calendarDate,
        (end, m) => (end < m.start ? `${end} is before the start date ${m.start}` : null),
      ],
    },
    { header: 'BudgetedCost', value: (m) => numberCell(m.budget) },
    {
      header: 'ParentId',
      value: parentId,
      warnings: [
        (id, m) =>
          id === '' && m.parentProgram.trim() !== ''
            ? `is empty: the parent program "${m.parentProgram}" has no Salesforce ID in this workspace`
            : null,
      ],
    },
    {
      header: 'IsActive',
      value: (m) => (m.status === 'Planned' || m.status === 'In Progress' ? 'true' : 'false'),
    },
  ];
  const { tables, problems } = buildTables(motions, {
    baseName: SALESFORCE_CAMPAIGNS_BASE_NAME,
    group: '',
    columns,
    describe: (m) => m.name || m.id,
  });
  return { baseName: SALESFORCE_CAMPAIGNS_BASE_NAME, extension: 'csv', tables, problems };
}
