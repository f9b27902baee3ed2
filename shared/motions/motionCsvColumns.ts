/**
 * The columns of a motion CSV: the workbench's own format (every motion field plus audience
 * columns, lists separated by ';', and the accounts' own days: accountDatesCsv.ts) and the header names a Salesforce campaign export uses.
 * Headers are matched without case, spaces or punctuation, so 'Start Date', 'StartDate' and
 * 'start_date' are one column.
 */
import type { MotionKind } from '../domain/types';

export type MotionColumn =
  | 'workbenchId'
  | 'salesforceId'
  | 'name'
  | 'kind'
  | 'type'
  | 'team'
  | 'channel'
  | 'start'
  | 'end'
  | 'touchesPerWeek'
  | 'theme'
  | 'budget'
  | 'status'
  | 'owner'
  | 'parentProgram'
  | 'parentId'
  | 'color'
  | 'tiers'
  | 'segments'
  | 'audienceMatch'
  | 'includeDomains'
  | 'excludeDomains'
  | 'lockedDates'
  | 'allowedWindow'
  | 'minimumAudience'
  | 'neverExclude'
  | 'accountDates';

/** The workbench's own format, in export order: column → header. */
export const OWN_HEADERS: readonly (readonly [MotionColumn, string])[] = [
  ['name', 'Name'],
  ['kind', 'Kind'],
  ['team', 'Team'],
  ['channel', 'Channel'],
  ['start', 'Start'],
  ['end', 'End'],
  ['touchesPerWeek', 'Touches per week'],
  ['theme', 'Theme'],
  ['budget', 'Budget'],
  ['status', 'Status'],
  ['owner', 'Owner'],
  ['parentProgram', 'Parent program'],
  ['color', 'Color'],
  ['tiers', 'Tiers'],
  ['segments', 'Segments'],
  ['audienceMatch', 'Audience match'],
  ['includeDomains', 'Include domains'],
  ['excludeDomains', 'Exclude domains'],
  ['lockedDates', 'Locked dates'],
  ['allowedWindow', 'Allowed window'],
  ['minimumAudience', 'Minimum audience'],
  ['neverExclude', 'Never exclude'],
  ['accountDates', 'Account dates'],
  ['salesforceId', 'Salesforce Id'],
  ['workbenchId', 'Workbench Id'],
];

const ALIASES: Record<MotionColumn, string[]> = {
  workbenchId: ['workbenchid', 'motionid'],
  salesforceId: ['salesforceid', 'id', 'campaignid', 'campaign18digitid', 'campaignid18'],
  name: ['name', 'campaignname', 'motionname', 'motion'],
  kind: ['kind', 'motionkind'],
  type: ['type', 'campaigntype'],
  team: ['team', 'owningteam'],
  channel: ['channel'],
  start: ['start', 'startdate', 'startson'],
  end: ['end', 'enddate', 'endson'],
  touchesPerWeek: ['touchesperweek', 'touchesweek', 'cadence'],
  theme: ['theme', 'messagingtheme', 'messaging'],
  budget: ['budget', 'budgetedcost', 'budgetedcostincampaign'],
  status: ['status', 'campaignstatus'],
  owner: ['owner', 'campaignowner', 'ownername', 'ownerfullname'],
  parentProgram: ['parentprogram', 'parentcampaign', 'parentcampaignname', 'program'],
  parentId: ['parentid', 'parentcampaignid'],
  color: ['color', 'colour'],
  tiers: ['tiers', 'tier', 'audiencetiers'],
  segments: ['segments', 'segment', 'audiencesegments'],
  audienceMatch: ['audiencematch', 'match', 'tiersandsegments'],
  includeDomains: ['includedomains', 'include', 'includes'],
  excludeDomains: ['excludedomains', 'exclude', 'excludes'],
  lockedDates: ['lockeddates', 'locked', 'datelocked'],
  allowedWindow: ['allowedwindow', 'window', 'planningwindow'],
  minimumAudience: ['minimumaudience', 'minaudience', 'minimumaudienceshare'],
  neverExclude: ['neverexclude', 'neverexcludedomains'],
  accountDates: ['accountdates', 'peraccountdates', 'accountdays'],
};

export function headerKey(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const BY_KEY = new Map<string, MotionColumn>();
for (const [column, keys] of Object.entries(ALIASES) as [MotionColumn, string[]][]) {
  for (const key of keys) BY_KEY.set(key, column);
}

/** The column a header names, or null for headers the import does not read. */
export function columnOfHeader(header: string): MotionColumn | null {
  return BY_KEY.get(headerKey(header)) ?? null;
}

/** Salesforce campaign Type picklist value → motion kind. */
const TYPE_TO_KIND: Record<string, MotionKind> = {
  email: 'email nurture',
  advertisement: 'ads',
  bannerads: 'ads',
  conference: 'event',
  tradeshow: 'event',
  seminar: 'event',
  event: 'event',
  webinar: 'webinar',
  directmail: 'direct mail',
  telemarketing: 'call blitz',
  publicrelations: 'content',
  content: 'content',
  partners: 'other',
  referralprogram: 'other',
  other: 'other',
};

export function kindOfCampaignType(type: string): MotionKind {
  return TYPE_TO_KIND[headerKey(type)] ?? 'other';
}

/** The separator inside list cells (tiers, segments, domains). */
export const LIST_SEPARATOR = ';';

export function splitList(cell: string): string[] {
  return cell
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
