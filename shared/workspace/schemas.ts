/**
 * Runtime schemas of every stored entity, used to validate a workspace file before it is
 * restored and to emit workspace.schema.json. Objects are loose: a field this version does
 * not know is kept, so a file from a newer build round-trips through an older one. Each schema
 * describes a type of domain/types.ts; schemasMatchTypes.ts checks the two agree at compile time.
 */
import { z } from '../validation/zod';
import {
  ACCOUNT_STATUSES,
  AGREEMENT_PARTS,
  AUDIENCE_MATCHES,
  CHANNELS,
  CONFLICT_RULES,
  MOTION_KINDS,
  MOTION_STATUSES,
  OPPORTUNITY_OUTCOMES,
  PLANNER_MOVES,
  RACI_LETTERS,
  TEAMS,
} from '../domain/types';
import { isIsoDate } from '../dates/calendarDate';

const isoDate = z.string().refine(isIsoDate, { message: 'must be a calendar date YYYY-MM-DD' });
const tier = z.union([z.literal(1), z.literal(2), z.literal(3)]);
const side = z.enum(['marketing', 'sales']);
const severity = z.enum(['block', 'warn', 'info']);
const channel = z.enum(CHANNELS);

const crmImportedValues = z.looseObject({
  name: z.string().optional(),
  website: z.string().optional(),
  industry: z.string().optional(),
  employees: z.number().nullable().optional(),
  annualRevenue: z.number().nullable().optional(),
  country: z.string().optional(),
  owner: z.string().optional(),
  ownerEmail: z.string().optional(),
});

export const accountSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string(),
  website: z.string(),
  domain: z.string(),
  salesforceId: z.string(),
  hubspotId: z.string(),
  duplicateSalesforceIds: z.array(z.string()),
  duplicateHubspotIds: z.array(z.string()),
  industry: z.string(),
  employees: z.number().nullable(),
  annualRevenue: z.number().nullable(),
  country: z.string(),
  region: z.string(),
  owner: z.string(),
  ownerEmail: z.string(),
  territory: z.string(),
  tags: z.array(z.string()),
  tier: tier.nullable(),
  icpScore: z.number().min(0).max(100).nullable(),
  intentScore: z.number().nullable(),
  status: z.enum(ACCOUNT_STATUSES),
  removedReason: z.string(),
  primaryTeam: side.nullable(),
  notes: z.string(),
  custom: z.record(z.string(), z.string()),
  importedFromSalesforce: crmImportedValues.nullable(),
  importedFromHubspot: crmImportedValues.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const ownerSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string(),
  email: z.string(),
  salesforceUserId: z.string(),
  hubspotOwnerId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const contactSchema = z.looseObject({
  id: z.string().min(1),
  kind: z.enum(['contact', 'lead']),
  salesforceId: z.string(),
  hubspotId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  title: z.string(),
  salesforceAccountId: z.string(),
  hubspotCompanyId: z.string(),
  company: z.string(),
  stage: z.string(),
  emailOptOut: z.boolean(),
  doNotCall: z.boolean(),
  persona: z.string(),
  custom: z.record(z.string(), z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const personaRuleSchema = z.looseObject({ pattern: z.string(), persona: z.string() });

export const audienceSchema = z.looseObject({
  tiers: z.array(tier),
  segments: z.array(z.string()),
  match: z.enum(AUDIENCE_MATCHES),
  include: z.array(z.string()),
  exclude: z.array(z.string()),
  personas: z.array(z.string()).optional(),
});

/** Format version 3: what the auto-planner may change on a motion; every part optional. */
export const motionPlanningSchema = z.looseObject({
  lockedDates: z.boolean().optional(),
  allowedWindow: z
    .union([
      z.literal('month'),
      z.literal('quarter'),
      z.looseObject({ weeks: z.number().int().min(0).max(52) }),
    ])
    .optional(),
  minimumAudiencePercent: z.number().min(0).max(100).optional(),
  neverExclude: z.array(z.string()).optional(),
});

/** Format version 8: one account's own first or last day of a motion; either may be absent. */
export const accountDatesSchema = z.looseObject({
  start: isoDate.optional(),
  end: isoDate.optional(),
});

export const motionSchema = z
  .looseObject({
    id: z.string().min(1),
    name: z.string(),
    kind: z.enum(MOTION_KINDS),
    team: z.enum(TEAMS),
    channel,
    start: isoDate,
    end: isoDate,
    touchesPerWeek: z.number().min(0),
    theme: z.string(),
    budget: z.number().nullable(),
    status: z.enum(MOTION_STATUSES),
    owner: z.string(),
    parentProgram: z.string(),
    color: z.string(),
    audience: audienceSchema,
    salesforceId: z.string(),
    planning: motionPlanningSchema.optional(),
    accountDates: z.record(z.string(), accountDatesSchema).optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .refine((m) => m.end >= m.start, { message: 'end must not be before start', path: ['end'] });

export const blackoutSchema = z
  .looseObject({
    id: z.string().min(1),
    scope: z.union([
      z.looseObject({ kind: z.literal('account'), accountId: z.string() }),
      z.looseObject({ kind: z.literal('segment'), segment: z.string() }),
      z.looseObject({ kind: z.literal('everyone') }),
    ]),
    start: isoDate,
    end: isoDate,
    reason: z.string(),
  })
  .refine((b) => b.end >= b.start, { message: 'end must not be before start', path: ['end'] });

const range = { weight: z.number(), min: z.number().nullable(), max: z.number().nullable() };
const values = { weight: z.number(), values: z.array(z.string()) };
export const icpProfileSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string(),
  criteria: z.array(
    z.union([
      z.looseObject({ kind: z.literal('industry'), ...values }),
      z.looseObject({ kind: z.literal('employees'), ...range }),
      z.looseObject({ kind: z.literal('revenue'), ...range }),
      z.looseObject({ kind: z.literal('region'), ...values }),
      z.looseObject({ kind: z.literal('tag'), ...values }),
    ]),
  ),
  thresholds: z.looseObject({ tier1: z.number(), tier2: z.number() }),
});

export const talSnapshotSchema = z.looseObject({
  id: z.string().min(1),
  quarter: z.string(),
  fiscalYear: z.number().int(),
  fiscalQuarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  approvedAt: z.string(),
  approvedBy: z.string(),
  entries: z.array(
    z.looseObject({
      accountId: z.string(),
      name: z.string(),
      domain: z.string(),
      tier: tier.nullable(),
      owner: z.string(),
      status: z.enum(ACCOUNT_STATUSES),
      removedReason: z.string(),
    }),
  ),
});

export const raciGridSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string(),
  source: z.string(),
  roles: z.array(z.looseObject({ id: z.string(), name: z.string() })),
  activities: z.array(
    z.looseObject({ id: z.string(), name: z.string(), phase: z.string(), note: z.string() }),
  ),
  cells: z.record(z.string(), z.array(z.enum(RACI_LETTERS))),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const importBatchSchema = z.looseObject({
  id: z.string().min(1),
  kind: z.enum(['accounts', 'contacts', 'motions', 'raci', 'restore', 'results']),
  files: z.array(z.string()),
  at: z.string(),
  counts: z.looseObject({
    new: z.number(),
    updated: z.number(),
    merged: z.number(),
    rejected: z.number(),
  }),
});

export const columnMappingSchema = z.looseObject({
  signature: z.string().min(1),
  mapping: z.record(z.string(), z.string()),
  savedAt: z.string(),
});

export const savedViewSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string(),
  grid: z.string(),
  state: z.unknown(),
});

export const exportProfileSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string(),
  columns: z.array(z.looseObject({ field: z.string(), header: z.string() })),
});

export const conflictAcceptanceSchema = z.looseObject({
  id: z.string().min(1),
  note: z.string(),
  acceptedAt: z.string(),
  fingerprint: z.string(),
});

const agreementItem = <T extends Record<string, z.ZodType>>(fields: T) =>
  z.looseObject({ id: z.string().min(1), ...fields });

export const operatingAgreementSchema = z.looseObject({
  id: z.string().min(1),
  stages: z.array(
    agreementItem({ stage: z.string(), meaning: z.string(), whoDecides: z.string() }),
  ),
  handoff: z.looseObject({
    steps: z.array(agreementItem({ step: z.string(), owner: z.string() })),
    sla: z.string(),
  }),
  cadences: z.array(
    agreementItem({
      name: z.string(),
      frequency: z.string(),
      attendees: z.string(),
      agenda: z.array(z.string()),
    }),
  ),
  escalations: z.array(agreementItem({ disagreement: z.string(), escalateTo: z.string() })),
  metrics: z.array(agreementItem({ metric: z.string(), shows: z.string() })),
  agreed: z.record(z.enum(AGREEMENT_PARTS), isoDate.nullable()),
  updatedAt: z.string(),
});

export const settingsSchema = z.looseObject({
  fiscalYearStartMonth: z.number().int().min(1).max(12),
  weeklyTouchCap: z.number().min(0),
  personTouchCap: z.number().min(0),
  severities: z.record(z.enum(CONFLICT_RULES), severity),
  directChannels: z.array(channel),
  emailChannels: z.array(channel),
  maxConsultedPerActivity: z.number().int().min(0),
  raciRequireInformedAccountable: z.boolean(),
  tier1CapacityPerOwner: z.number().int().min(0),
  turnoverBudgetPercent: z.number().min(0),
  salesforceFields: z.looseObject({ tier: z.string(), target: z.string(), campaigns: z.string() }),
  notDuplicates: z.array(z.string()),
  dateOrder: z.enum(['ask', 'dmy', 'mdy']),
  influenceWindowDays: z.number().int().min(0),
  plannedTouchesPerTier: z.looseObject({
    tier1: z.number().min(0),
    tier2: z.number().min(0),
    tier3: z.number().min(0),
  }),
  budgetAllocations: z.record(
    z.string(),
    z.looseObject({ marketing: z.number().min(0).nullable(), sales: z.number().min(0).nullable() }),
  ),
  personaRules: z.array(personaRuleSchema),
  campaignMemberStatus: z.string(),
  plannerMoves: z.array(z.enum(PLANNER_MOVES)),
});

export const opportunitySchema = z.looseObject({
  id: z.string().min(1),
  crm: z.enum(['salesforce', 'hubspot']),
  crmId: z.string(),
  name: z.string(),
  amount: z.number().nullable(),
  stage: z.string(),
  outcome: z.enum(OPPORTUNITY_OUTCOMES),
  createdDate: isoDate,
  closeDate: isoDate.nullable(),
  type: z.string(),
  leadSource: z.string(),
  campaignSource: z.string(),
  accountCrmId: z.string(),
  accountDomain: z.string(),
  accountName: z.string(),
  accountId: z.string().nullable(),
  matchedBy: z.enum(['crm id', 'domain', 'name']).nullable(),
  importedAt: z.string(),
});
