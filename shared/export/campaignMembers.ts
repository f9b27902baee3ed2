/**
 * Campaign members, per motion: the people a motion reaches (shared/contacts/motionPeople.ts)
 * as a Salesforce CampaignMember file for the Data Import Wizard or Data Loader — CampaignId
 * from the motion's Salesforce ID, exactly one of ContactId / LeadId, Status from a setting,
 * files below 50,000 rows — and as a HubSpot contacts import that adds each e-mail to a
 * static list named after the motion. Who is left out, and why, is counted in the notes.
 */
import { checkSalesforceId } from '../accounts/salesforceId';
import { SALESFORCE_PREFIX } from '../contacts/contactRows';
import { motionPeople, sharedPeopleIndex, type PeopleIndex } from '../contacts/motionPeople';
import type { Contact, Motion } from '../domain/types';
import { emailAddress, required } from './columnChecks';
import { emailKey } from '../contacts/contactMerge';
import { buildTables, SALESFORCE_MAX_ROWS_PER_FILE, type ExportColumn } from './exportColumns';
import type {
  ExportProblem,
  ExportResult,
  ExportRun,
  ExportSource,
  ExportTable,
} from './exportTypes';
import { slugOf } from './genericProfile';
import { HUBSPOT_MAX_ROWS_PER_FILE } from './hubspotCompanies';
import { motionAudiences } from './motionAudiences';

export const SALESFORCE_MEMBERS_BASE_NAME = 'salesforce-campaign-members';
export const HUBSPOT_LIST_BASE_NAME = 'hubspot-contact-list';

export interface MemberOptions {
  /** One motion by name (without case); default: every motion that is not aborted. */
  motion?: string;
  maxRowsPerFile?: number;
}

interface Member {
  motion: Motion;
  person: Contact;
  status: string;
}

/** A Salesforce id of one object, 18 characters with a matching checksum, or why not. */
function idOf(object: keyof typeof SALESFORCE_PREFIX | 'campaign', label: string) {
  const prefix = object === 'campaign' ? '701' : SALESFORCE_PREFIX[object];
  // The last id that passed: a campaign's id repeats on each of its members' rows.
  let passed = '';
  return (value: string): string | null => {
    if (value === '' || value === passed) return null;
    const checked = checkSalesforceId(value);
    if (!checked.ok) return checked.reason;
    if (checked.id !== value) return `"${value}" is not an 18-character ID`;
    if (!value.startsWith(prefix))
      return `"${value}" is not a ${label} (those start with ${prefix})`;
    passed = value;
    return null;
  };
}

const contactCell = (m: Member): string =>
  m.person.kind === 'contact' ? m.person.salesforceId : '';
const leadCell = (m: Member): string => (m.person.kind === 'lead' ? m.person.salesforceId : '');
// Salesforce refuses a member row with both ids or neither.
const exactlyOnePerson = (_v: string, m: Member): string | null =>
  (contactCell(m) !== '') === (leadCell(m) !== '')
    ? 'and LeadId: a row must hold exactly one of them'
    : null;

const SALESFORCE_COLUMNS: ExportColumn<Member>[] = [
  {
    header: 'CampaignId',
    value: (m) => m.motion.salesforceId,
    checks: [
      (v, m) =>
        v === ''
          ? `is empty: the motion "${m.motion.name}" has no Salesforce ID (export salesforce-campaigns, load them, and import the campaigns back)`
          : null,
      idOf('campaign', 'Campaign ID'),
    ],
  },
  {
    header: 'ContactId',
    value: contactCell,
    checks: [idOf('contact', 'Contact ID'), exactlyOnePerson],
  },
  {
    header: 'LeadId',
    value: leadCell,
    checks: [idOf('lead', 'Lead ID')],
  },
  { header: 'Status', value: (m) => m.status, checks: [required] },
];

const HUBSPOT_COLUMNS: ExportColumn<Member>[] = [
  { header: 'Email', value: (m) => m.person.email.trim(), checks: [required, emailAddress] },
  { header: 'First Name', value: (m) => m.person.firstName },
  { header: 'Last Name', value: (m) => m.person.lastName },
  { header: 'List name', value: (m) => m.motion.name, checks: [required] },
];

function chosenMotions(source: ExportSource, name: string | undefined): Motion[] | string {
  if (name === undefined || name.trim() === '')
    return source.motions.filter((m) => m.status !== 'Aborted');
  const wanted = name.trim().toLowerCase();
  const found = source.motions.filter((m) => m.name.trim().toLowerCase() === wanted);
  if (found.length > 0) return found;
  return `There is no motion "${name}". Motions: ${source.motions.map((m) => m.name).join(', ')}.`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

function membersExport(
  source: ExportSource,
  options: MemberOptions,
  crm: 'salesforce' | 'hubspot',
): ExportRun {
  const motions = chosenMotions(source, options.motion);
  if (typeof motions === 'string') return { ok: false, error: motions };
  const audiences = motionAudiences(source.accounts, motions);
  const index: PeopleIndex = sharedPeopleIndex(
    source.accounts,
    source.contacts ?? [],
    source.settings.personaRules,
  );
  const baseName = crm === 'salesforce' ? SALESFORCE_MEMBERS_BASE_NAME : HUBSPOT_LIST_BASE_NAME;
  const maxRows =
    options.maxRowsPerFile ??
    (crm === 'salesforce' ? SALESFORCE_MAX_ROWS_PER_FILE : HUBSPOT_MAX_ROWS_PER_FILE);
  const tables: ExportTable[] = [];
  const problems: ExportProblem[] = [];
  const notes: string[] = [];
  const several = audiences.motions.length > 1;
  const status = source.settings.campaignMemberStatus.trim();
  for (const motion of audiences.motions) {
    const people = motionPeople(index, motion, audiences.members.get(motion.id) ?? []);
    const rows: Member[] = [];
    let notInCrm = 0;
    // HubSpot keys contacts by e-mail, whatever its case: a lead and a contact with one
    // address are one HubSpot contact, listed once.
    const listed = new Set<string>();
    let sameEmail = 0;
    for (const i of people.members) {
      const person = index.contacts[i] as Contact;
      const reachable =
        crm === 'salesforce' ? person.salesforceId !== '' : person.email.trim() !== '';
      if (!reachable) {
        notInCrm++;
        continue;
      }
      if (crm === 'hubspot') {
        const key = emailKey(person.email);
        if (listed.has(key)) {
          sameEmail++;
          continue;
        }
        listed.add(key);
      }
      rows.push({ motion, person, status });
    }
    const left: string[] = [];
    if (people.optedOut > 0)
      left.push(
        `${plural(people.optedOut, 'person', 'people')} opted out of ${motion.channel === 'phone' ? 'calls' : 'e-mail'}`,
      );
    if (people.noEmail > 0)
      left.push(
        `${plural(people.noEmail, 'person', 'people')} without an e-mail (an e-mail motion)`,
      );
    if (notInCrm > 0)
      left.push(
        crm === 'salesforce'
          ? `${plural(notInCrm, 'person', 'people')} not in Salesforce (no Contact or Lead ID)`
          : `${plural(notInCrm, 'person', 'people')} without an e-mail (HubSpot lists are keyed by e-mail)`,
      );
    if (sameEmail > 0)
      left.push(
        `${plural(sameEmail, 'person', 'people')} with the e-mail of one listed already (one HubSpot contact)`,
      );
    notes.push(
      `${motion.name}: ${plural(rows.length, 'member')}${left.length > 0 ? `; left out: ${left.join(', ')}` : ''}.`,
    );
    const built = buildTables(
      rows,
      {
        baseName,
        group: several ? slugOf(motion.name) : '',
        columns: crm === 'salesforce' ? SALESFORCE_COLUMNS : HUBSPOT_COLUMNS,
        describe: (m) =>
          `${m.motion.name} / ${[m.person.firstName, m.person.lastName].join(' ').trim() || m.person.email}`,
      },
      maxRows,
    );
    for (const t of built.tables) tables.push(t);
    for (const p of built.problems) problems.push(p);
  }
  if (status === '' && crm === 'salesforce')
    notes.push('The campaign-member status setting is empty: every row needs a Status.');
  const result: ExportResult = { baseName, extension: 'csv', tables, problems, notes };
  return { ok: true, result };
}

export function exportSalesforceCampaignMembers(
  source: ExportSource,
  options: MemberOptions = {},
): ExportRun {
  return membersExport(source, options, 'salesforce');
}

export function exportHubspotContactList(
  source: ExportSource,
  options: MemberOptions = {},
): ExportRun {
  return membersExport(source, options, 'hubspot');
}
