/** Defaults a new workspace starts with; every number here is a setting the user can change. */
import { PLANNER_MOVES, type Settings } from './types';

export const DEFAULT_SETTINGS: Settings = {
  fiscalYearStartMonth: 1,
  weeklyTouchCap: 3,
  severities: {
    'cross-team': 'block',
    'same-channel': 'warn',
    'contact-pressure': 'warn',
    'primary-owner': 'block',
    blackout: 'block',
    'messaging-clash': 'info',
    'off-list': 'warn',
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
  // A primary team the user set is a decision: the planner changes one only when allowed.
  plannerMoves: PLANNER_MOVES.filter((m) => m !== 'reassign'),
};
