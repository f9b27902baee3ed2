/**
 * Every export the workbench offers, by the name the UI lists and the CLI's --profile takes:
 * the built-in CRM profiles, conflicts, RACI grids, the calendar, and the generic profiles
 * the user saved by name.
 */
import type { ExportProfile } from '../domain/types';
import { exportAgreement } from './agreementExport';
import { exportAudienceMembership } from './audienceMembership';
import { exportCalendar } from './calendarExport';
import { exportHubspotContactList, exportSalesforceCampaignMembers } from './campaignMembers';
import { exportConflicts } from './conflictsExport';
import { exportCrmDuplicates } from './crmDuplicatesExport';
import type { ExportResult, ExportRun, ExportSource } from './exportTypes';
import { exportGeneric } from './genericProfile';
import { exportHubspotCompanies } from './hubspotCompanies';
import { exportLeadsOnTal } from './leadsOnTal';
import { exportRaciGrid } from './raciExport';
import { exportSalesforceAccounts } from './salesforceAccounts';
import { exportSalesforceCampaigns } from './salesforceCampaigns';

export interface ExportOptions {
  /** RACI only: the grid's name (default: the only grid). */
  grid?: string;
  /** Campaign members only: one motion's name (default: every motion not aborted). */
  motion?: string;
  /** For tests of splitting: rows per file instead of the CRM's limit. */
  maxRowsPerFile?: number;
  /** When the export is made (the calendar's DTSTAMP); default: the current time. */
  now?: string;
}

export interface BuiltInProfile {
  name: string;
  label: string;
  description: string;
  run: (source: ExportSource, options: ExportOptions) => ExportRun;
}

const ok = (result: ExportResult): ExportRun => ({ ok: true, result });

export const BUILT_IN_PROFILES: readonly BuiltInProfile[] = [
  {
    name: 'salesforce-accounts',
    label: 'Salesforce accounts',
    description:
      'Data Import Wizard: update by Salesforce ID (the ABM fields and only what changed since the Salesforce import; a changed owner by user ID, mapped to Account Owner), or new accounts by Name and Website; files below 50,000 rows.',
    run: (s, o) => ok(exportSalesforceAccounts(s, o.maxRowsPerFile)),
  },
  {
    name: 'salesforce-campaigns',
    label: 'Salesforce campaigns',
    description: 'Data Loader: one campaign per motion with dates, budget, parent and status.',
    run: (s) => ok(exportSalesforceCampaigns(s)),
  },
  {
    name: 'hubspot-companies',
    label: 'HubSpot companies',
    description:
      'Companies with target flag, ICP tier, owner email (from the owner directory; blank keeps the owner HubSpot has) and the motions each is in (added to existing values).',
    run: (s, o) => ok(exportHubspotCompanies(s, o.maxRowsPerFile)),
  },
  {
    name: 'salesforce-duplicates',
    label: 'Salesforce duplicates to merge',
    description:
      'For the Salesforce admin: one row per duplicate Salesforce record of a company, with the master record to merge it into, the name, website and owner.',
    run: (s) => ok(exportCrmDuplicates(s, 'salesforce')),
  },
  {
    name: 'hubspot-duplicates',
    label: 'HubSpot duplicates to merge',
    description:
      'For the HubSpot admin: one row per duplicate HubSpot company record, with the primary record to merge it into, the name, domain and owner.',
    run: (s) => ok(exportCrmDuplicates(s, 'hubspot')),
  },
  {
    name: 'audience-membership',
    label: 'Audience membership',
    description: 'One row per motion and account, with both CRM ids and the domain.',
    run: (s) => ok(exportAudienceMembership(s)),
  },
  {
    name: 'salesforce-campaign-members',
    label: 'Salesforce campaign members',
    description:
      "Data Import Wizard / Data Loader CampaignMember rows per motion: the motion's Campaign ID, the person's Contact ID or Lead ID, and the member status setting; opted-out people and, for an e-mail motion, people without e-mail left out and counted; files below 50,000 rows.",
    run: (s, o) =>
      exportSalesforceCampaignMembers(s, { motion: o.motion, maxRowsPerFile: o.maxRowsPerFile }),
  },
  {
    name: 'hubspot-contact-list',
    label: 'HubSpot contact list',
    description:
      "Contacts import per motion that adds each person's e-mail to a static list named after the motion; opted-out people left out and counted.",
    run: (s, o) =>
      exportHubspotContactList(s, { motion: o.motion, maxRowsPerFile: o.maxRowsPerFile }),
  },
  {
    name: 'leads-on-tal',
    label: 'Leads on the TAL',
    description:
      "Every lead and contact matched to a target account, with the account's tier, owner and primary outreach team, and how the person was matched.",
    run: (s) => ok(exportLeadsOnTal(s)),
  },
  {
    name: 'conflicts',
    label: 'Conflicts',
    description: 'Every duplicate-outreach conflict: rule, severity, motions, account, days.',
    run: (s) => ok(exportConflicts(s)),
  },
  {
    name: 'raci',
    label: 'RACI grid',
    description: 'One RACI grid as CSV (activities × roles), the format the RACI import reads.',
    run: (s, o) => exportRaciGrid(s, o.grid),
  },
  {
    name: 'operating-agreement',
    label: 'Operating agreement',
    description:
      'Lifecycle stages, handoff steps and SLA, meeting cadences, escalation paths and metrics, each with the day its part was agreed ("not yet agreed" for the template).',
    run: (s) => ok(exportAgreement(s)),
  },
  {
    name: 'calendar',
    label: 'Calendar (.ics)',
    description: 'Every motion as an all-day calendar event, for Outlook or Google Calendar.',
    run: (s, o) => ok(exportCalendar(s, o.now ?? new Date().toISOString())),
  },
];

export function findSavedProfile(
  profiles: readonly ExportProfile[],
  name: string,
): ExportProfile | undefined {
  const wanted = name.trim().toLowerCase();
  return profiles.find((p) => p.name.trim().toLowerCase() === wanted);
}

/** Built-in names win over saved profiles of the same name, so scripts keep their meaning. */
export function runExport(
  source: ExportSource,
  name: string,
  options: ExportOptions = {},
): ExportRun {
  const builtIn = BUILT_IN_PROFILES.find((p) => p.name === name.trim().toLowerCase());
  if (builtIn) return builtIn.run(source, options);
  const saved = findSavedProfile(source.exportProfiles, name);
  if (saved) return ok(exportGeneric(source, saved));
  const names = [
    ...BUILT_IN_PROFILES.map((p) => p.name),
    ...source.exportProfiles.map((p) => p.name),
  ];
  return {
    ok: false,
    error: `There is no export profile "${name}". Profiles: ${names.join(', ')}.`,
  };
}
