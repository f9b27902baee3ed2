/** Defaults a new workspace starts with; every number here is a setting the user can change. */
import { PLANNER_MOVES, type Settings } from './types';
import { DEFAULT_PERSONA_RULES } from '../contacts/personas';

export const DEFAULT_SETTINGS: Settings = {
  fiscalYearStartMonth: 1,
  weeklyTouchCap: 3,
  // Marketo's and HubSpot's usual per-person send limits are about two a week.
  personTouchCap: 2,
  severities: {
    'cross-team': 'block',
    'same-channel': 'warn',
    'contact-pressure': 'warn',
    'primary-owner': 'block',
    blackout: 'block',
    'messaging-clash': 'info',
    'off-list': 'warn',
    'person-pressure': 'warn',
  },
  directChannels: ['email', 'phone', 'linkedin', 'direct mail', 'event'],
  emailChannels: ['email'],
  maxConsultedPerActivity: 3,
  raciRequireInformedAccountable: false,
  tier1CapacityPerOwner: 10,
  turnoverBudgetPercent: 25,
  salesforceFields: {
    tier: 'ABM_Tier__c',
    target: 'Target_Account__c',
    campaigns: 'ABM_Campaigns__c',
  },
  notDuplicates: [],
  // Never guessed: until the person sets an order, an import asks when a column cannot show it.
  dateOrder: 'ask',
  // A campaign's effect on pipeline shows within about a month of its last touch.
  influenceWindowDays: 30,
  // One touch a week for 1:1 accounts, every other week for 1:few, monthly for 1:many.
  plannedTouchesPerTier: { tier1: 13, tier2: 6, tier3: 3 },
  budgetAllocations: {},
  personaRules: DEFAULT_PERSONA_RULES.map((r) => ({ ...r })),
  // Salesforce's default member status of a new campaign.
  campaignMemberStatus: 'Sent',
  // A primary team the user set is a decision: the planner changes one only when allowed.
  plannerMoves: PLANNER_MOVES.filter((m) => m !== 'reassign'),
};
