/**
 * The sample's operating agreement: the articles' template as a team has half agreed it —
 * lifecycle stages, the handoff (with a tighter SLA for Tier 1) and the escalation paths
 * agreed at the start of the quarter; the cadences and metrics still open — so a newcomer
 * sees both states in the Agreement page and in the QBR pack.
 */
import { agreementTemplate } from '../agreement/agreementTemplate';
import { addDays } from '../dates/calendarDate';
import type { IsoDate, OperatingAgreement } from '../domain/types';

export function sampleAgreement(today: IsoDate): OperatingAgreement {
  const agreedOn = addDays(today, -21);
  const a = agreementTemplate(`${agreedOn}T16:00:00.000Z`);
  a.handoff.sla = 'Sales calls within 24 hours (Tier 1: within 4 business hours)';
  a.agreed.stages = agreedOn;
  a.agreed.handoff = agreedOn;
  a.agreed.escalations = agreedOn;
  return a;
}
