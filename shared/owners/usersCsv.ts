/**
 * Reads a list of people from the CRM: a Salesforce users report or Data Loader's User export
 * (Full Name, or First Name and Last Name; Email; User ID / Id) or HubSpot's users export
 * (User ID, First Name, Last Name, Email address, …), or any list with an Owner ID column.
 * Headers are recognized as the account import does (case, spaces and punctuation ignored).
 * Every bad cell is reported with file, row and column, and then no person is read at all:
 * a directory half loaded from a broken file would mislead.
 *
 * HubSpot's user ID (digits) is not its owner ID: companies hold the owner ID
 * (hubspot_owner_id), a different number, so a "User ID" of digits marks the file as
 * HubSpot's and is not kept; only an "Owner ID" column gives HubSpot owner IDs.
 */
import { readCsv } from '../csv/readCsv';
import type { CsvError } from '../csv/csvError';
import type { OwnerSighting } from './mergeOwners';
import {
  isEmail,
  isHubspotOwnerId,
  looksLikeSalesforceUserId,
  toSalesforceUserId,
} from './ownerKeys';

type UsersColumn = 'fullName' | 'firstName' | 'lastName' | 'email' | 'userId' | 'ownerId';

function headerKey(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

const KNOWN: Record<string, UsersColumn> = {
  fullname: 'fullName',
  name: 'fullName',
  user: 'fullName',
  ownername: 'fullName',
  firstname: 'firstName',
  lastname: 'lastName',
  email: 'email',
  emailaddress: 'email',
  useremail: 'email',
  owneremail: 'email',
  userid: 'userId',
  id: 'userId',
  salesforceuserid: 'userId',
  userid18: 'userId',
  casesafeid: 'userId',
  ownerid: 'ownerId',
  hubspotownerid: 'ownerId',
};

export interface UsersFile {
  ok: true;
  file: string;
  source: 'salesforce' | 'hubspot' | 'unknown';
  /** One per data row that names someone, with the row number a spreadsheet shows. */
  people: { row: number; sighting: OwnerSighting }[];
}

export type ReadUsersResult = UsersFile | { ok: false; errors: CsvError[] };

/**
 * A cell of an id column: a Salesforce user id by its 005 prefix; else digits, which in an
 * Owner ID column are HubSpot's owner id and in a User ID column HubSpot's user id (not kept).
 * Returns the problem, or which CRM the id belongs to.
 */
function readId(
  raw: string,
  kind: 'userId' | 'ownerId',
  s: OwnerSighting,
): { problem: string } | { crm: 'salesforce' | 'hubspot' } {
  if (looksLikeSalesforceUserId(raw)) {
    const id = toSalesforceUserId(raw);
    if (id === null)
      return { problem: `"${raw}" is not a Salesforce user ID: its checksum does not match` };
    s.salesforceUserId = id;
    return { crm: 'salesforce' };
  }
  if (isHubspotOwnerId(raw)) {
    if (kind === 'ownerId') s.hubspotOwnerId = raw;
    return { crm: 'hubspot' };
  }
  return {
    problem:
      kind === 'ownerId'
        ? `"${raw}" is not a HubSpot owner ID (digits) or a Salesforce user ID (005 and 12 or 15 letters and digits)`
        : `"${raw}" is not a Salesforce user ID (005 and 12 or 15 letters and digits) or a HubSpot user ID (digits)`,
  };
}

export function readUsersCsv(file: string, bytes: Uint8Array | string): ReadUsersResult {
  const table = readCsv(file, bytes);
  if (!table.ok) return { ok: false, errors: [table.error] };
  const columns: { index: number; header: string; kind: UsersColumn }[] = [];
  const taken = new Set<UsersColumn>();
  table.headers.forEach((header, index) => {
    const kind = KNOWN[headerKey(header)];
    if (kind && !taken.has(kind)) {
      taken.add(kind);
      columns.push({ index, header, kind });
    }
  });
  const named = taken.has('fullName') || taken.has('firstName') || taken.has('lastName');
  if (!named && !taken.has('email')) {
    return {
      ok: false,
      errors: [
        {
          file,
          row: 1,
          message:
            'No column holds the people: a users file needs "Full Name" (or "First Name" and "Last Name") or "Email", and may have "User ID" or "Owner ID".',
        },
      ],
    };
  }
  const errors: CsvError[] = [];
  const people: UsersFile['people'] = [];
  let salesforce = 0;
  let hubspot = 0;
  table.rows.forEach((cells, r) => {
    const row = table.rowNumbers[r] as number;
    const s: OwnerSighting = { name: '', email: '', salesforceUserId: '', hubspotOwnerId: '' };
    const parts = { fullName: '', firstName: '', lastName: '' };
    const crms = new Set<'salesforce' | 'hubspot'>();
    for (const col of columns) {
      const raw = (cells[col.index] ?? '').trim();
      if (raw === '') continue;
      let problem: string | null = null;
      if (col.kind === 'email') {
        if (isEmail(raw)) s.email = raw.toLowerCase();
        else problem = `"${raw}" is not an e-mail address`;
      } else if (col.kind === 'userId' || col.kind === 'ownerId') {
        const id = readId(raw, col.kind, s);
        if ('problem' in id) problem = id.problem;
        else crms.add(id.crm);
      } else {
        parts[col.kind] = raw;
      }
      if (problem) errors.push({ file, row, column: col.header, message: problem });
    }
    s.name = parts.fullName || `${parts.firstName} ${parts.lastName}`.trim();
    if (crms.has('salesforce')) salesforce++;
    if (crms.has('hubspot')) hubspot++;
    if (s.name || s.email || s.salesforceUserId || s.hubspotOwnerId)
      people.push({ row, sighting: s });
  });
  if (errors.length > 0) return { ok: false, errors };
  const source = salesforce > hubspot ? 'salesforce' : hubspot > 0 ? 'hubspot' : 'unknown';
  return { ok: true, file, source, people };
}
