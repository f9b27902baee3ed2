/**
 * Won, lost or open, from the stage a CRM exported: Salesforce's "Closed Won" / "Closed Lost",
 * HubSpot's internal values closedwon / closedlost and their labels ("Closed won"). Any other
 * stage is an open opportunity: a custom closed stage is not guessed from its wording.
 */
import type { OpportunityOutcome } from '../domain/types';

const stageKey = (stage: string) => stage.toLowerCase().replace(/[^a-z]/g, '');

const OUTCOME_OF_KEY: Record<string, OpportunityOutcome> = {
  closedwon: 'won',
  won: 'won',
  closedlost: 'lost',
  lost: 'lost',
};

export function outcomeOfStage(stage: string): OpportunityOutcome {
  return OUTCOME_OF_KEY[stageKey(stage)] ?? 'open';
}
