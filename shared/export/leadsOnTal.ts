/**
 * "Leads on the TAL": each matched person (lead or contact) at a target account, with the
 * account's tier, owner and primary outreach team, so the CRM's lead routing can follow the
 * plan (the articles' handoff: "Sales Ops verifies it's on the TAL … Sales calls within 24
 * hours"). The owner goes out through the owner directory, like the other CRM profiles.
 */
import { MATCH_REASON_LABELS } from '../contacts/matchAccounts';
import { peopleIndex } from '../contacts/motionPeople';
import type { Account, Contact } from '../domain/types';
import { ownerDirectory } from '../owners/ownerDirectory';
import { emailAddress } from './columnChecks';
import { buildTables, type ExportColumn } from './exportColumns';
import type { ExportResult, ExportSource } from './exportTypes';
import { resolveAccountOwner, type ResolvedOwner } from './ownerCells';

export const LEADS_ON_TAL_BASE_NAME = 'leads-on-tal';

interface Row {
  person: Contact;
  persona: string;
  account: Account;
  owner: ResolvedOwner;
  reason: string;
}

const COLUMNS: ExportColumn<Row>[] = [
  { header: 'Type', value: (r) => (r.person.kind === 'lead' ? 'Lead' : 'Contact') },
  { header: 'Salesforce ID', value: (r) => r.person.salesforceId },
  { header: 'HubSpot Record ID', value: (r) => r.person.hubspotId },
  { header: 'First Name', value: (r) => r.person.firstName },
  { header: 'Last Name', value: (r) => r.person.lastName },
  { header: 'Email', value: (r) => r.person.email, warnings: [emailAddress] },
  { header: 'Title', value: (r) => r.person.title },
  { header: 'Persona', value: (r) => r.persona },
  { header: 'Account name', value: (r) => r.account.name },
  { header: 'Salesforce Account ID', value: (r) => r.account.salesforceId },
  { header: 'Company domain name', value: (r) => r.account.domain },
  { header: 'Tier', value: (r) => (r.account.tier === null ? '' : String(r.account.tier)) },
  { header: 'Account owner', value: (r) => r.owner.name },
  { header: 'Account owner email', value: (r) => r.owner.email, warnings: [emailAddress] },
  {
    header: 'Primary outreach team',
    value: (r) =>
      r.account.primaryTeam === null
        ? ''
        : r.account.primaryTeam === 'sales'
          ? 'Sales'
          : 'Marketing',
  },
  { header: 'Matched by', value: (r) => r.reason },
];

export function exportLeadsOnTal(source: ExportSource): ExportResult {
  const contacts = source.contacts ?? [];
  const index = peopleIndex(source.accounts, contacts, source.settings.personaRules);
  const dir = ownerDirectory(source.owners);
  const rows: Row[] = [];
  let unmatched = 0;
  let offList = 0;
  contacts.forEach((person, i) => {
    const match = index.matches[i];
    const account = match && match.account >= 0 ? source.accounts[match.account] : undefined;
    if (!match || !account || !match.reason) {
      unmatched++;
      return;
    }
    if (account.status !== 'target') {
      offList++;
      return;
    }
    rows.push({
      person,
      persona: index.personas[i] ?? '',
      account,
      owner: resolveAccountOwner(dir, account, false),
      reason: `${MATCH_REASON_LABELS[match.reason]} (${match.detail})`,
    });
  });
  rows.sort(
    (a, b) =>
      (a.account.tier ?? 9) - (b.account.tier ?? 9) ||
      a.account.name.localeCompare(b.account.name) ||
      a.person.lastName.localeCompare(b.person.lastName),
  );
  const { tables, problems } = buildTables(rows, {
    baseName: LEADS_ON_TAL_BASE_NAME,
    group: '',
    columns: COLUMNS,
    describe: (r) => `${r.person.firstName} ${r.person.lastName} (${r.account.name})`.trim(),
  });
  const notes = [
    `${rows.length} people at target accounts; ${offList} at accounts that are not targets and ${unmatched} matched to no account are left out.`,
  ];
  return { baseName: LEADS_ON_TAL_BASE_NAME, extension: 'csv', tables, problems, notes };
}
