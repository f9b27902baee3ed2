/**
 * The workbench's domain model (see PRODUCT.md). Every layer — store, UI, engine, CLI,
 * export — speaks these types. Dates are plain calendar days as 'YYYY-MM-DD' strings
 * (never Date objects) so nothing drifts across time zones. The workspace file's runtime schemas
 * (shared/workspace/schemas.ts) must describe the same shapes: schemasMatchTypes.ts fails `tsc`
 * when a field changes on one side only.
 */

/** A plain calendar day, 'YYYY-MM-DD'. */
export type IsoDate = string;
/** An instant, ISO 8601 with time zone, for audit fields only. */
export type IsoDateTime = string;

export type Tier = 1 | 2 | 3;
export const TIERS: readonly Tier[] = [1, 2, 3];

export type AccountStatus = 'candidate' | 'target' | 'removed';
export const ACCOUNT_STATUSES: readonly AccountStatus[] = ['candidate', 'target', 'removed'];

/** The two sides of outreach; the four owning teams map onto them. */
export type Side = 'marketing' | 'sales';
export type Team = 'Marketing' | 'Marketing Ops' | 'Sales' | 'Sales Ops';
export const TEAMS: readonly Team[] = ['Marketing', 'Marketing Ops', 'Sales', 'Sales Ops'];
export function sideOfTeam(team: Team): Side {
  return team === 'Marketing' || team === 'Marketing Ops' ? 'marketing' : 'sales';
}

export interface Account {
  id: string;
  name: string;
  website: string;
  /** Normalized domain: the dedupe key (see shared/accounts/normalizeDomain). '' when unknown. */
  domain: string;
  /** Salesforce 18-character id ('' when unknown). */
  salesforceId: string;
  /** HubSpot record id ('' when unknown). */
  hubspotId: string;
  /**
   * Other Salesforce records of the same company (same normalized domain, different id):
   * duplicates for the CRM admin to merge into `salesforceId`. Never used as the account's id.
   */
  duplicateSalesforceIds: string[];
  /** Other HubSpot records of the same company, for the admin to merge into `hubspotId`. */
  duplicateHubspotIds: string[];
  industry: string;
  employees: number | null;
  annualRevenue: number | null;
  /** ISO 3166 alpha-2, '' when unknown. */
  country: string;
  region: string;
  /** Rep name. */
  owner: string;
  ownerEmail: string;
  territory: string;
  tags: string[];
  tier: Tier | null;
  /** 0–100, computed from the ICP profile; stored for sorting, recomputed when the profile changes. */
  icpScore: number | null;
  intentScore: number | null;
  status: AccountStatus;
  removedReason: string;
  /** The team that reaches out; the other side goes silent. null = not decided. */
  primaryTeam: Side | null;
  notes: string;
  /** Columns from imports that map to nothing: header → value. */
  custom: Record<string, string>;
  /**
   * The fields as the last Salesforce import read them, i.e. what Salesforce holds: the
   * Salesforce update file writes only the fields that differ from these. null: never
   * imported from Salesforce (then every field counts as changed).
   */
  importedFromSalesforce: CrmImportedValues | null;
  /** The same for HubSpot: what the last HubSpot companies import read. */
  importedFromHubspot: CrmImportedValues | null;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

/** The account fields a CRM holds and an update file may write back. */
export type CrmField =
  | 'name'
  | 'website'
  | 'industry'
  | 'employees'
  | 'annualRevenue'
  | 'country'
  | 'owner'
  | 'ownerEmail';

/**
 * One CRM's values of an account as an import read them. A field is present only when the
 * file had its column (a column with an empty cell reads as '' or null).
 */
export type CrmImportedValues = Partial<Pick<Account, CrmField>>;

/**
 * A person who owns accounts: one directory, filled from imports and editable. Exports assign
 * owners through it (Salesforce's wizard by e-mail or user id, HubSpot by the owner's e-mail).
 */
export interface Owner {
  id: string;
  name: string;
  /** Lower case; '' when unknown. */
  email: string;
  /** Salesforce user id (005…, 18 characters), '' when unknown. */
  salesforceUserId: string;
  /** HubSpot owner id, '' when unknown. */
  hubspotOwnerId: string;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

export type MotionKind =
  | 'email nurture'
  | 'ads'
  | 'event'
  | 'webinar'
  | 'direct mail'
  | 'content'
  | 'sales sequence'
  | 'call blitz'
  | 'linkedin outreach'
  | 'other';
export const MOTION_KINDS: readonly MotionKind[] = [
  'email nurture',
  'ads',
  'event',
  'webinar',
  'direct mail',
  'content',
  'sales sequence',
  'call blitz',
  'linkedin outreach',
  'other',
];

export type Channel = 'email' | 'phone' | 'linkedin' | 'ads' | 'event' | 'direct mail' | 'content';
export const CHANNELS: readonly Channel[] = [
  'email',
  'phone',
  'linkedin',
  'ads',
  'event',
  'direct mail',
  'content',
];

/** Salesforce's campaign statuses. */
export type MotionStatus = 'Planned' | 'In Progress' | 'Completed' | 'Aborted';
export const MOTION_STATUSES: readonly MotionStatus[] = [
  'Planned',
  'In Progress',
  'Completed',
  'Aborted',
];

/**
 * How an audience's tiers and segments combine when both are set: 'all' = the account must
 * be in one of the tiers AND carry one of the segments ("Tier 1 fintech accounts"); 'any' = either
 * will do (the only rule before this field existed, so older data is migrated to 'any').
 */
export type AudienceMatch = 'all' | 'any';
export const AUDIENCE_MATCHES: readonly AudienceMatch[] = ['all', 'any'];

export interface Audience {
  /** Target accounts in any of these tiers. */
  tiers: Tier[];
  /** Segment tags: target accounts carrying any of them. */
  segments: string[];
  /** Between tiers and segments when both are set (see AudienceMatch). */
  match: AudienceMatch;
  /** Account ids added whatever their status. */
  include: string[];
  /** Account ids removed last. */
  exclude: string[];
  /**
   * Personas the motion reaches at its accounts (campaign members); absent or empty: every
   * person. Which accounts it touches, and so conflict detection, does not depend on it.
   */
  personas?: string[];
}

export interface Motion {
  id: string;
  name: string;
  kind: MotionKind;
  team: Team;
  channel: Channel;
  start: IsoDate;
  /** Inclusive. */
  end: IsoDate;
  touchesPerWeek: number;
  theme: string;
  budget: number | null;
  status: MotionStatus;
  owner: string;
  parentProgram: string;
  /** CSS colour, e.g. '#3b82f6'. */
  color: string;
  audience: Audience;
  /** Salesforce campaign id when imported from / exported to Salesforce. */
  salesforceId: string;
  /**
   * What the auto-planner may change on this motion. Absent (files before format version 3,
   * motions nobody constrained): every default (motionPlanning.ts).
   */
  planning?: MotionPlanning;
  /**
   * Per account id, the days this motion touches that account when they are fewer than the
   * motion's own: a later start (a staggered wave) or an earlier end (a hand-over to the other
   * side). Each narrows the motion's dates, never widens them (see motions/accountDates.ts).
   * Absent (files before format version 8, motions nobody staggered): every account runs on
   * the motion's dates.
   */
  accountDates?: Record<string, AccountDates>;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

/** One account's own days of a motion: either end left out is the motion's. */
export interface AccountDates {
  start?: IsoDate;
  end?: IsoDate;
}

/** Where the planner may move a motion: its calendar month, its fiscal quarter, ±N weeks. */
export type AllowedWindow = 'month' | 'quarter' | { weeks: number };

/**
 * A motion's planning constraints, each optional: an absent one takes its default (dates
 * locked once the motion is In Progress or Completed; the motion's fiscal quarter; 90%).
 */
export interface MotionPlanning {
  /** Dates that never move (event and webinar dates). */
  lockedDates?: boolean;
  allowedWindow?: AllowedWindow;
  /** Percentage (0–100) of its audience the motion keeps. */
  minimumAudiencePercent?: number;
  /** Account ids the planner never takes out of this motion. */
  neverExclude?: string[];
}

/** The planner's moves (issue 15): what a workspace lets it use is a setting. */
export type PlannerMove = 'shift' | 'exclude' | 'primary' | 'reassign' | 'stagger' | 'handover';
export const PLANNER_MOVES: readonly PlannerMove[] = [
  'shift',
  'exclude',
  'primary',
  'reassign',
  'stagger',
  'handover',
];

export type BlackoutScope =
  | { kind: 'account'; accountId: string }
  | { kind: 'segment'; segment: string }
  | { kind: 'everyone' };

export interface Blackout {
  id: string;
  scope: BlackoutScope;
  start: IsoDate;
  end: IsoDate;
  reason: string;
}

export type IcpCriterion =
  | { kind: 'industry'; weight: number; values: string[] }
  | { kind: 'employees'; weight: number; min: number | null; max: number | null }
  | { kind: 'revenue'; weight: number; min: number | null; max: number | null }
  | { kind: 'region'; weight: number; values: string[] }
  | { kind: 'tag'; weight: number; values: string[] };

export interface IcpProfile {
  id: string;
  name: string;
  criteria: IcpCriterion[];
  /** Score at or above tier1 suggests Tier 1, at or above tier2 suggests Tier 2, else Tier 3. */
  thresholds: { tier1: number; tier2: number };
}

/** One account as approved in a snapshot. */
export interface TalSnapshotEntry {
  accountId: string;
  name: string;
  domain: string;
  tier: Tier | null;
  owner: string;
  status: AccountStatus;
  removedReason: string;
}

export interface TalSnapshot {
  id: string;
  /** e.g. 'FY2027 Q1'. */
  quarter: string;
  fiscalYear: number;
  fiscalQuarter: 1 | 2 | 3 | 4;
  approvedAt: IsoDateTime;
  approvedBy: string;
  entries: TalSnapshotEntry[];
}

export type RaciLetter = 'R' | 'A' | 'C' | 'I';
export const RACI_LETTERS: readonly RaciLetter[] = ['R', 'A', 'C', 'I'];

export interface RaciActivity {
  id: string;
  name: string;
  /** Phase / group name, '' for none. */
  phase: string;
  note: string;
}

export interface RaciRole {
  id: string;
  name: string;
}

export interface RaciGrid {
  id: string;
  name: string;
  /** Where a template came from, '' for a grid built by hand. */
  source: string;
  roles: RaciRole[];
  activities: RaciActivity[];
  /** Key `${activityId}:${roleId}` → letters in R, A, C, I order. */
  cells: Record<string, RaciLetter[]>;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

export type Severity = 'block' | 'warn' | 'info';
export type ConflictRule =
  | 'cross-team'
  | 'same-channel'
  | 'contact-pressure'
  | 'primary-owner'
  | 'blackout'
  | 'messaging-clash'
  | 'off-list'
  | 'person-pressure';
export const CONFLICT_RULES: readonly ConflictRule[] = [
  'cross-team',
  'same-channel',
  'contact-pressure',
  'primary-owner',
  'blackout',
  'messaging-clash',
  'off-list',
  // Last: rule positions number the preview's and planner's keys, so a new rule is appended.
  'person-pressure',
];

/** A user's decision to accept a computed conflict; valid while its fingerprint matches. */
export interface ConflictAcceptance {
  /** The conflict's stable id. */
  id: string;
  note: string;
  acceptedAt: IsoDateTime;
  /** Dates and audience of the motions when accepted; a change voids the acceptance. */
  fingerprint: string;
}

/** Where an opportunity stands, read from its stage (shared/results/outcome.ts). */
export type OpportunityOutcome = 'won' | 'lost' | 'open';
export const OPPORTUNITY_OUTCOMES: readonly OpportunityOutcome[] = ['won', 'lost', 'open'];

/** The CRM an opportunity (a Salesforce opportunity, a HubSpot deal) was exported from. */
export type OpportunityCrm = 'salesforce' | 'hubspot';

/** How an opportunity found its account: CRM account id first, then domain, then exact name. */
export type AccountMatchedBy = 'crm id' | 'domain' | 'name';

/**
 * A result of the quarter: an opportunity (Salesforce) or deal (HubSpot) as a CRM export
 * held it. The account it names is kept as the file wrote it, so the review can match it
 * again after accounts change; `accountId` is the match made when it was imported.
 */
export interface Opportunity {
  /** 'salesforce:<18-char id>' or 'hubspot:<record id>': a re-import updates, never duplicates. */
  id: string;
  crm: OpportunityCrm;
  crmId: string;
  name: string;
  /** null when the export left the amount empty. */
  amount: number | null;
  /** The stage as exported ("Closed Won", "closedwon", "Negotiation/Review"). */
  stage: string;
  outcome: OpportunityOutcome;
  createdDate: IsoDate;
  /** Actual close date when closed, expected close date when open; null when empty. */
  closeDate: IsoDate | null;
  type: string;
  leadSource: string;
  campaignSource: string;
  /** The account as the file named it: CRM account / company id, domain, name ('' when absent). */
  accountCrmId: string;
  accountDomain: string;
  accountName: string;
  /** The workbench account matched at import; null: unmatched (listed, never dropped). */
  accountId: string | null;
  matchedBy: AccountMatchedBy | null;
  importedAt: IsoDateTime;
}

/**
 * The quarter's budget allocated to each side: marketing campaigns (Marketing, Marketing Ops)
 * and sales enablement (Sales, Sales Ops). null: not allocated.
 */
export interface BudgetAllocation {
  marketing: number | null;
  sales: number | null;
}

/** Touches per target account in a quarter that the plan intends, per tier. */
export interface PlannedTouches {
  tier1: number;
  tier2: number;
  tier3: number;
}

export interface Settings {
  /** 1 = January. */
  fiscalYearStartMonth: number;
  weeklyTouchCap: number;
  /**
   * Person pressure: touches one contact may get in a week from all motions together
   * ("exceed" means strictly more). Workspace files before format version 9 lacked it (the
   * v8→v9 migration adds 2).
   */
  personTouchCap: number;
  severities: Record<ConflictRule, Severity>;
  /** Channels that reach a person (rules 1–5 look at these only). */
  directChannels: Channel[];
  /** Channels that count as email for rule 1's block. */
  emailChannels: Channel[];
  maxConsultedPerActivity: number;
  raciRequireInformedAccountable: boolean;
  tier1CapacityPerOwner: number;
  turnoverBudgetPercent: number;
  /** Salesforce custom field API names for the ABM columns. */
  salesforceFields: { tier: string; target: string; campaigns: string };
  /** Possible-duplicate groups the user marked "Not duplicates" (suggestionKey values). */
  notDuplicates: string[];
  /**
   * How imports read dates like 03/02/2027 when a column's values do not show it: day first
   * ('dmy'), month first ('mdy'), or 'ask' each time. Workspace files before
   * format version 2 lacked it (the v1→v2 migration adds 'ask').
   */
  dateOrder: 'ask' | 'dmy' | 'mdy';
  /**
   * The quarterly review: pipeline created on a motion's accounts during the motion or up to
   * this many days after it ends counts as influenced by it.
   */
  influenceWindowDays: number;
  /** The review's coverage: touches per target account per quarter planned for each tier. */
  plannedTouchesPerTier: PlannedTouches;
  /** Per fiscal quarter label ('FY2027 Q1'), the budget allocated to each side. */
  budgetAllocations: Record<string, BudgetAllocation>;
  /** Title rules giving each contact a persona, first match wins (format version 6 on). */
  personaRules: PersonaRule[];
  /** The Status of every row of the Salesforce campaign-member file, e.g. 'Sent'. */
  campaignMemberStatus: string;
  /**
   * The moves the auto-planner may use in this workspace. Default: all but "reassign" (a
   * primary team the user set is a decision). Files before format version 3 lacked it (the
   * v2→v3 migration adds the default).
   */
  plannerMoves: PlannerMove[];
}

export interface ImportBatch {
  id: string;
  kind: 'accounts' | 'contacts' | 'motions' | 'raci' | 'restore' | 'results';
  files: string[];
  at: IsoDateTime;
  counts: { new: number; updated: number; merged: number; rejected: number };
}

/** A remembered column mapping, keyed by the file's header signature. */
export interface ColumnMapping {
  signature: string;
  /** Header → field name, or 'custom:<name>', or '' to ignore. */
  mapping: Record<string, string>;
  savedAt: IsoDateTime;
}

export interface SavedView {
  id: string;
  name: string;
  /** Which grid the view belongs to, e.g. 'accounts'. */
  grid: string;
  /** Opaque grid state (column order, widths, sort, filters). */
  state: unknown;
}

export interface ExportProfile {
  id: string;
  name: string;
  /** Source field → header, in order. */
  columns: { field: string; header: string }[];
}

/**
 * The parts of the operating agreement a team agrees one by one (the pack marks each part
 * agreed on a date, or not yet agreed).
 */
export type AgreementPart = 'stages' | 'handoff' | 'cadences' | 'escalations' | 'metrics';
export const AGREEMENT_PARTS: readonly AgreementPart[] = [
  'stages',
  'handoff',
  'cadences',
  'escalations',
  'metrics',
];

/** A lifecycle stage: what it means and who decides that a lead is in it. */
export interface LifecycleStageDefinition {
  id: string;
  stage: string;
  meaning: string;
  whoDecides: string;
}

/** One step of the account handoff, and the team that carries it out. */
export interface HandoffStep {
  id: string;
  step: string;
  owner: string;
}

/** A recurring meeting: how often, who attends, what it covers (one agenda item a line). */
export interface MeetingCadence {
  id: string;
  name: string;
  frequency: string;
  attendees: string;
  agenda: string[];
}

/** Where a disagreement between the ops teams goes. */
export interface EscalationPath {
  id: string;
  disagreement: string;
  escalateTo: string;
}

/** A metric that shows ownership works, and what it shows. */
export interface OwnershipMetric {
  id: string;
  metric: string;
  shows: string;
}

/**
 * The operating model of the reference articles beyond RACI, as the team agreed it. A
 * workspace holds at most one (id OPERATING_AGREEMENT_ID); without one, the template shows,
 * marked not yet agreed.
 */
export interface OperatingAgreement {
  id: string;
  stages: LifecycleStageDefinition[];
  handoff: { steps: HandoffStep[]; sla: string };
  cadences: MeetingCadence[];
  escalations: EscalationPath[];
  metrics: OwnershipMetric[];
  /** The day each part was agreed; null while it is not yet agreed. */
  agreed: Record<AgreementPart, IsoDate | null>;
  updatedAt: IsoDateTime;
}
/** A Salesforce contact (a person at an account), a Salesforce lead, or a HubSpot contact. */
export type PersonKind = 'contact' | 'lead';

/**
 * A person at a company: a CRM contact or lead. The account it belongs to is not stored:
 * it is matched each time from its CRM account id, else its e-mail's domain, else its
 * company name (shared/contacts/matchAccounts.ts), so it follows the accounts as they change.
 */
export interface Contact {
  id: string;
  kind: PersonKind;
  /** Salesforce Contact ID (003…) or Lead ID (00Q…), 18 characters; '' when unknown. */
  salesforceId: string;
  /** HubSpot contact Record ID; '' when unknown. */
  hubspotId: string;
  firstName: string;
  lastName: string;
  /** As the file wrote it; dedupe and matching compare it case-folded. '' when unknown. */
  email: string;
  title: string;
  /** The contact's Salesforce Account ID, 18 characters; '' when unknown (always for leads). */
  salesforceAccountId: string;
  /** HubSpot "Associated Company ID"; '' when unknown. */
  hubspotCompanyId: string;
  /** Company name as the CRM holds it (a lead's Company field). */
  company: string;
  /** Salesforce lead status or HubSpot lifecycle stage, as the CRM wrote it. */
  stage: string;
  emailOptOut: boolean;
  doNotCall: boolean;
  /** A persona the user chose for this person; '' = the persona rules decide from the title. */
  persona: string;
  /** Columns from imports that map to nothing: header → value. */
  custom: Record<string, string>;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

/**
 * A title rule: the first rule whose pattern a title matches gives the person's persona.
 * The pattern is words separated by spaces, each word a list of alternatives separated by
 * '|'; a title matches when it has one alternative of every word, as whole words, in any
 * order, without case ("VP|Head Marketing" matches "Head of Marketing" and "VP, Marketing").
 */
export interface PersonaRule {
  pattern: string;
  persona: string;
}
