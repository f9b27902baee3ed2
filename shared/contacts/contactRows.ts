/**
 * Turns the rows of one CSV table into incoming people using a column mapping. Each cell is
 * read by its field's reader; a row with any unreadable cell is rejected as a whole and every
 * problem is listed with file, row, column, value and reason (the account import's
 * RejectedCell), so the preview can name them and nothing of a bad row is imported.
 */
import { customFieldName } from '../accounts/accountFields';
import type { RejectedCell } from '../accounts/candidates';
import type { ColumnMap, CrmSource } from '../accounts/columnMapping';
import { isEmail } from '../accounts/parseFields';
import { checkSalesforceId } from '../accounts/salesforceId';
import { readRowCells, type CellColumn } from '../accounts/rowCells';
import type { CsvTable } from '../csv/readCsv';
import type { Contact, PersonKind } from '../domain/types';
import type { ContactField } from './contactColumns';

/** The contact fields a row can carry; a field is present only when its cell had a value. */
export type IncomingContact = Partial<
  Pick<
    Contact,
    | 'kind'
    | 'salesforceId'
    | 'hubspotId'
    | 'firstName'
    | 'lastName'
    | 'email'
    | 'title'
    | 'salesforceAccountId'
    | 'hubspotCompanyId'
    | 'company'
    | 'stage'
    | 'emailOptOut'
    | 'doNotCall'
    | 'persona'
  >
>;

export interface ContactCandidate {
  file: string;
  row: number;
  fields: IncomingContact;
  custom: Record<string, string>;
}

/** Salesforce key prefixes: which object an id belongs to. */
export const SALESFORCE_PREFIX = { contact: '003', lead: '00Q', account: '001' } as const;

type Setter = (f: IncomingContact, raw: string) => string | null;

/** A Salesforce id of one object (or, for 'person', a contact or lead), as 18 characters. */
function salesforceIdOf(object: 'contact' | 'lead' | 'account' | 'person'): Setter {
  return (f, raw) => {
    const checked = checkSalesforceId(raw);
    if (!checked.ok) return checked.reason;
    const prefix = checked.id.slice(0, 3);
    if (object === 'account') {
      if (prefix !== SALESFORCE_PREFIX.account)
        return `"${raw}" is not a Salesforce Account ID (those start with 001)`;
      f.salesforceAccountId = checked.id;
      return null;
    }
    const kind: PersonKind | null =
      prefix === SALESFORCE_PREFIX.contact
        ? 'contact'
        : prefix === SALESFORCE_PREFIX.lead
          ? 'lead'
          : null;
    if (kind === null || (object !== 'person' && kind !== object)) {
      const wanted =
        object === 'person'
          ? 'a Contact ID (003…) or Lead ID (00Q…)'
          : object === 'contact'
            ? 'a Contact ID (003…)'
            : 'a Lead ID (00Q…)';
      return `"${raw}" is not ${wanted}`;
    }
    f.salesforceId = checked.id;
    f.kind = kind;
    return null;
  };
}

const TRUE = new Set(['true', 'yes', 'y', '1', 'x', 'checked', 'opted out', 'unsubscribed']);
const FALSE = new Set(['false', 'no', 'n', '0', 'unchecked']);
function flag(key: 'emailOptOut' | 'doNotCall'): Setter {
  return (f, raw) => {
    const s = raw.toLowerCase();
    if (TRUE.has(s)) f[key] = true;
    else if (FALSE.has(s)) f[key] = false;
    else return `"${raw}" is not a yes/no value (true, false, yes, no, 1, 0)`;
    return null;
  };
}

type TextKey = 'firstName' | 'lastName' | 'title' | 'company' | 'stage' | 'persona';
const text =
  (key: TextKey): Setter =>
  (f, raw) => {
    f[key] = raw;
    return null;
  };

const SETTERS: Record<ContactField, Setter> = {
  contactId: salesforceIdOf('contact'),
  leadId: salesforceIdOf('lead'),
  salesforceId: salesforceIdOf('person'),
  hubspotId: (f, raw) => {
    if (!/^\d+$/.test(raw)) return `"${raw}" is not a HubSpot record ID (digits only)`;
    f.hubspotId = raw;
    return null;
  },
  firstName: text('firstName'),
  lastName: text('lastName'),
  fullName: (f, raw) => {
    // "Last, First" as some reports write it, else the last word is the last name.
    const comma = raw.indexOf(',');
    const [first, last] =
      comma > 0
        ? [raw.slice(comma + 1).trim(), raw.slice(0, comma).trim()]
        : [
            raw.slice(0, Math.max(0, raw.lastIndexOf(' '))).trim(),
            raw.slice(raw.lastIndexOf(' ') + 1),
          ];
    f.firstName ??= first;
    f.lastName ??= last;
    return null;
  },
  email: (f, raw) => {
    if (!isEmail(raw)) return `"${raw}" is not an e-mail address`;
    f.email = raw;
    return null;
  },
  title: text('title'),
  salesforceAccountId: salesforceIdOf('account'),
  hubspotCompanyId: (f, raw) => {
    // HubSpot writes several associated companies as "123;456": the first is the primary.
    const first = raw.split(';')[0]?.trim() ?? '';
    if (!/^\d+$/.test(first)) return `"${raw}" is not a HubSpot company ID (digits only)`;
    f.hubspotCompanyId = first;
    return null;
  },
  company: text('company'),
  stage: text('stage'),
  emailOptOut: flag('emailOptOut'),
  doNotCall: flag('doNotCall'),
  persona: text('persona'),
};

/**
 * The people of one table. A Salesforce lead report names its people leads; every other
 * file's people are contacts unless their Salesforce id says otherwise (00Q… is a lead).
 */
export function tableToContacts(
  table: CsvTable,
  mapping: ColumnMap,
  source: CrmSource,
): { candidates: ContactCandidate[]; rejected: RejectedCell[] } {
  const columns: CellColumn<IncomingContact>[] = table.headers.map((header, index) => {
    const target = mapping[header] ?? '';
    return { header, index, set: SETTERS[target as ContactField], custom: customFieldName(target) };
  });
  const firstIdColumn =
    columns.find((c) =>
      ['email', 'contactId', 'leadId', 'salesforceId', 'hubspotId'].includes(
        mapping[c.header] ?? '',
      ),
    )?.header ?? '';
  const leadFile = Object.values(mapping).includes('leadId');
  const candidates: ContactCandidate[] = [];
  const rejected: RejectedCell[] = [];
  for (let r = 0; r < table.rows.length; r++) {
    const cells = table.rows[r] as string[];
    const row = table.rowNumbers[r] as number;
    const fields: IncomingContact = {};
    const custom: Record<string, string> = {};
    const good = readRowCells({ file: table.file, row }, cells, columns, {
      fields,
      custom,
      rejected,
    });
    if (!good) continue;
    if (!fields.email && !fields.salesforceId && !fields.hubspotId) {
      rejected.push({
        file: table.file,
        row,
        column: firstIdColumn,
        value: '',
        reason: 'The row has no e-mail and no CRM ID: nothing identifies the person',
      });
      continue;
    }
    fields.kind ??= leadFile && source !== 'hubspot' ? 'lead' : 'contact';
    candidates.push({ file: table.file, row, fields, custom });
  }
  return { candidates, rejected };
}
