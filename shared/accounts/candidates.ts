/**
 * Turns the rows of one CSV table into candidate accounts using a column mapping. Each cell
 * is read by its field's parser; a row with any unreadable cell is rejected as a whole and
 * every problem is listed with file, row, column, value and reason. A number column's cell
 * that holds one of the values the person marked as empty ('n/a', '-') is read as empty.
 */
import type { ImportField } from './accountFields';
import type { Account } from '../domain/types';
import type { CsvTable } from '../csv/readCsv';
import { customFieldName } from './accountFields';
import { detectSource, type ColumnMap, type CrmSource } from './columnMapping';
import { NON_COMPANY_LABELS, websiteDomain } from './companyDomain';
import { isNumberField } from './emptyValues';
import { regionOf, toCountryCode } from './countries';
import { hubspotEnumLabel, industryLabel } from './hubspotEnums';
import {
  isEmail,
  isTargetFlagOff,
  nameFromEmail,
  parseEmployees,
  parseIntent,
  parsePrimaryTeam,
  parseRevenue,
  parseStatus,
  parseTags,
  parseTier,
  type Parsed,
} from './parseFields';
import { checkSalesforceId } from './salesforceId';
import { readRowCells, type CellColumn } from './rowCells';
import {
  isHubspotOwnerId,
  looksLikeSalesforceUserId,
  toSalesforceUserId,
} from '../owners/ownerKeys';

/**
 * The account fields an import can carry; a field is present only when its cell had a value.
 * `hubspotOwnerId` is no account field: it only tells the owner directory who the owner is.
 * `notTarget`: the status came from a target flag that is off (see isTargetFlagOff).
 */
export type IncomingFields = Partial<
  Pick<Account, Exclude<ImportField, 'hubspotOwnerId'> | 'domain'> & { hubspotOwnerId: string }
> & { notTarget?: true };

export interface Candidate {
  file: string;
  row: number;
  fields: IncomingFields;
  custom: Record<string, string>;
}

export interface RejectedCell {
  file: string;
  row: number;
  column: string;
  value: string;
  reason: string;
}

type Setter = (fields: IncomingFields, raw: string) => string | null;

function withParsed<T>(
  parse: (raw: string) => Parsed<T | null>,
  set: (f: IncomingFields, v: T) => void,
): Setter {
  return (fields, raw) => {
    const p = parse(raw);
    if (!p.ok) return p.reason;
    if (p.value !== null) set(fields, p.value);
    return null;
  };
}

type TextField = 'name' | 'region' | 'territory' | 'notes' | 'removedReason';
function text(key: TextField): Setter {
  return (fields, raw) => {
    fields[key] = raw;
    return null;
  };
}

function setters(decimal: '.' | ',', fromHubspot: boolean): Record<string, Setter> {
  return {
    name: text('name'),
    website: (f, raw) => {
      // A LinkedIn page or a gmail.com address is kept as the website but is no dedupe key.
      const { host, domain } = websiteDomain(raw);
      if (host === '') return `"${raw}" is not a website or domain`;
      f.website = raw;
      f.domain = domain;
      return null;
    },
    salesforceId: (f, raw) => {
      const checked = checkSalesforceId(raw);
      if (!checked.ok) return checked.reason;
      f.salesforceId = checked.id;
      return null;
    },
    hubspotId: (f, raw) => {
      if (!/^\d+$/.test(raw)) return `"${raw}" is not a HubSpot record ID (digits only)`;
      f.hubspotId = raw;
      return null;
    },
    industry: (f, raw) => {
      f.industry = industryLabel(raw, fromHubspot);
      return null;
    },
    employees: withParsed(
      (r) => parseEmployees(r, decimal),
      (f, v) => (f.employees = v),
    ),
    annualRevenue: withParsed(
      (r) => parseRevenue(r, decimal),
      (f, v) => (f.annualRevenue = v),
    ),
    intentScore: withParsed(
      (r) => parseIntent(r, decimal),
      (f, v) => (f.intentScore = v),
    ),
    tier: withParsed(parseTier, (f, v) => (f.tier = v)),
    status: (f, raw) => {
      const p = parseStatus(raw);
      if (!p.ok) return p.reason;
      if (p.value !== null) f.status = p.value;
      if (isTargetFlagOff(raw)) f.notTarget = true;
      return null;
    },
    removedReason: text('removedReason'),
    primaryTeam: withParsed(parsePrimaryTeam, (f, v) => (f.primaryTeam = v)),
    country: (f, raw) => {
      const code = toCountryCode(raw);
      if (code === null) return `"${raw}" is not a country we know (use a name or ISO code)`;
      f.country = code;
      return null;
    },
    region: text('region'),
    owner: (f, raw) => {
      if (isEmail(raw)) {
        f.ownerEmail ??= raw;
        f.owner ??= nameFromEmail(raw);
      } else if (looksLikeSalesforceUserId(raw)) {
        // Data Loader's OwnerId: the directory turns it into the person.
        const id = toSalesforceUserId(raw);
        if (id === null)
          return `"${raw}" is not a Salesforce user ID (its checksum does not match)`;
        f.owner = id;
      } else {
        f.owner = raw;
      }
      return null;
    },
    hubspotOwnerId: (f, raw) => {
      if (!isHubspotOwnerId(raw)) return `"${raw}" is not a HubSpot owner ID (digits only)`;
      f.hubspotOwnerId = raw;
      return null;
    },
    ownerEmail: (f, raw) => {
      if (!isEmail(raw)) return `"${raw}" is not an e-mail address`;
      f.ownerEmail = raw;
      return null;
    },
    territory: text('territory'),
    tags: (f, raw) => {
      f.tags = parseTags(raw);
      return null;
    },
    notes: text('notes'),
  };
}

export interface CandidateOptions {
  /** Values read as empty in number columns, trimmed and lower-case (see emptyValueSet). */
  emptyValues?: ReadonlySet<string>;
}

export function tableToCandidates(
  table: CsvTable,
  mapping: ColumnMap,
  source: CrmSource = detectSource(table.headers),
  options: CandidateOptions = {},
): { candidates: Candidate[]; rejected: RejectedCell[] } {
  const emptyValues = options.emptyValues ?? new Set<string>();
  const decimal = table.delimiter === ';' ? ',' : '.';
  // HubSpot exports may hold dropdowns as internal values: they are read as their labels.
  const fromHubspot = source === 'hubspot';
  const fieldSetters = setters(decimal, fromHubspot);
  const columns: CellColumn<IncomingFields>[] = table.headers.map((header, index) => {
    const target = mapping[header] ?? '';
    const number = isNumberField(target);
    return {
      header,
      index,
      set: fieldSetters[target],
      custom: customFieldName(target),
      ...(number ? { isEmpty: (raw: string) => emptyValues.has(raw.toLowerCase()) } : {}),
    };
  });
  const websiteColumn = columns.find((c) => mapping[c.header] === 'website')?.header ?? '';
  const candidates: Candidate[] = [];
  const rejected: RejectedCell[] = [];
  for (let r = 0; r < table.rows.length; r++) {
    const cells = table.rows[r] as string[];
    const row = table.rowNumbers[r] as number;
    const fields: IncomingFields = {};
    const custom: Record<string, string> = {};
    const good = readRowCells(
      { file: table.file, row },
      cells,
      columns,
      { fields, custom, rejected },
      (header, raw) => (fromHubspot ? hubspotEnumLabel(header, raw) : raw),
    );
    if (!good) continue;
    if (!fields.name && !fields.domain) {
      rejected.push(nameless(table.file, row, fields.website, websiteColumn));
      continue;
    }
    fields.name ??= fields.domain;
    if (fields.country && !fields.region) {
      const region = regionOf(fields.country);
      if (region) fields.region = region;
    }
    candidates.push({ file: table.file, row, fields, custom });
  }
  return { candidates, rejected };
}

/** Why a row without a name cannot become an account: nothing names the company. */
function nameless(
  file: string,
  row: number,
  website: string | undefined,
  websiteColumn: string,
): RejectedCell {
  if (website === undefined) {
    return {
      file,
      row,
      column: '',
      value: '',
      reason: 'The row has neither an account name nor a website',
    };
  }
  const kind = websiteDomain(website).nonCompany;
  const what = kind ? NON_COMPANY_LABELS[kind].toLowerCase() : 'website';
  return {
    file,
    row,
    column: websiteColumn,
    value: website,
    reason: `The row has no account name, and its website (a ${what}) does not identify a company`,
  };
}
