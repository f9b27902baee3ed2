/**
 * The fields of the tables a workspace holds by the hundred thousand (accounts, contacts,
 * opportunities), as flat lists of plain checks, for fastWorkspaceCheck.ts. Each list says
 * the same as that table's schema in schemas.ts, never less: a value one of these accepts,
 * the schema accepts (test/unit/workspace/fastWorkspaceCheck.test.ts holds each list to its
 * schema: the same fields, and a wrong value of any field refused by both). A check is a
 * plain function of the value, made once, not per row: nothing is allocated per field.
 */
import { ACCOUNT_STATUSES, OPPORTUNITY_OUTCOMES } from '../domain/types';
import { isIsoDate } from '../dates/calendarDate';

export type Check = (value: unknown) => boolean;

/** A nested object the schema keeps loose: its known fields, checked; others, depth-checked. */
export interface LooseShape {
  fields: readonly (readonly [string, Check])[];
  /** Fields that may be absent (every other field of `fields` must be there). */
  optional?: ReadonlySet<string>;
}

export const isString: Check = (v) => typeof v === 'string';
export const isId: Check = (v) => typeof v === 'string' && v.length > 0;
const isNumberOrNull: Check = (v) => v === null || typeof v === 'number';
const isBoolean: Check = (v) => typeof v === 'boolean';
const isDate: Check = (v) => typeof v === 'string' && isIsoDate(v);
const isDateOrNull: Check = (v) => v === null || isDate(v);

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const isStrings: Check = (v) => {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') return false;
  return true;
};

/** z.record(z.string(), z.string()). */
const isStringRecord: Check = (v) => {
  if (!isPlainObject(v)) return false;
  for (const k in v) if (typeof v[k] !== 'string') return false;
  return true;
};

const oneOf = (values: readonly unknown[], nullable = false): Check => {
  const allowed = new Set<unknown>(values);
  if (nullable) allowed.add(null);
  return (v) => allowed.has(v);
};

const isScore: Check = (v) => v === null || (typeof v === 'number' && v >= 0 && v <= 100);

/** crmImportedValues in schemas.ts: null, or what the CRM import saw, every field optional. */
const CRM_VALUES: LooseShape = {
  fields: [
    ['name', isString],
    ['website', isString],
    ['industry', isString],
    ['employees', isNumberOrNull],
    ['annualRevenue', isNumberOrNull],
    ['country', isString],
    ['owner', isString],
    ['ownerEmail', isString],
  ],
  optional: new Set([
    'name',
    'website',
    'industry',
    'employees',
    'annualRevenue',
    'country',
    'owner',
    'ownerEmail',
  ]),
};

/** A field holding a nested loose object (or null when `nullable`). */
export interface NestedField {
  shape: LooseShape;
  nullable: boolean;
}

export type FieldCheck = Check | NestedField;

export interface RowShape {
  /** Every field of the row, each required. */
  fields: readonly (readonly [string, FieldCheck])[];
}

export const ACCOUNT_ROW: RowShape = {
  fields: [
    ['id', isId],
    ['name', isString],
    ['website', isString],
    ['domain', isString],
    ['salesforceId', isString],
    ['hubspotId', isString],
    ['duplicateSalesforceIds', isStrings],
    ['duplicateHubspotIds', isStrings],
    ['industry', isString],
    ['employees', isNumberOrNull],
    ['annualRevenue', isNumberOrNull],
    ['country', isString],
    ['region', isString],
    ['owner', isString],
    ['ownerEmail', isString],
    ['territory', isString],
    ['tags', isStrings],
    ['tier', oneOf([1, 2, 3], true)],
    ['icpScore', isScore],
    ['intentScore', isNumberOrNull],
    ['status', oneOf(ACCOUNT_STATUSES)],
    ['removedReason', isString],
    ['primaryTeam', oneOf(['marketing', 'sales'], true)],
    ['notes', isString],
    ['custom', isStringRecord],
    ['importedFromSalesforce', { shape: CRM_VALUES, nullable: true }],
    ['importedFromHubspot', { shape: CRM_VALUES, nullable: true }],
    ['createdAt', isString],
    ['updatedAt', isString],
  ],
};

export const CONTACT_ROW: RowShape = {
  fields: [
    ['id', isId],
    ['kind', oneOf(['contact', 'lead'])],
    ['salesforceId', isString],
    ['hubspotId', isString],
    ['firstName', isString],
    ['lastName', isString],
    ['email', isString],
    ['title', isString],
    ['salesforceAccountId', isString],
    ['hubspotCompanyId', isString],
    ['company', isString],
    ['stage', isString],
    ['emailOptOut', isBoolean],
    ['doNotCall', isBoolean],
    ['persona', isString],
    ['custom', isStringRecord],
    ['createdAt', isString],
    ['updatedAt', isString],
  ],
};

export const OPPORTUNITY_ROW: RowShape = {
  fields: [
    ['id', isId],
    ['crm', oneOf(['salesforce', 'hubspot'])],
    ['crmId', isString],
    ['name', isString],
    ['amount', isNumberOrNull],
    ['stage', isString],
    ['outcome', oneOf(OPPORTUNITY_OUTCOMES)],
    ['createdDate', isDate],
    ['closeDate', isDateOrNull],
    ['type', isString],
    ['leadSource', isString],
    ['campaignSource', isString],
    ['accountCrmId', isString],
    ['accountDomain', isString],
    ['accountName', isString],
    ['accountId', (v) => v === null || typeof v === 'string'],
    ['matchedBy', oneOf(['crm id', 'domain', 'name'], true)],
    ['importedAt', isString],
  ],
};

/** The big tables, checked field by field; every other table goes through its schema. */
export const FAST_TABLES: Readonly<Record<string, RowShape>> = {
  accounts: ACCOUNT_ROW,
  contacts: CONTACT_ROW,
  opportunities: OPPORTUNITY_ROW,
};
