/**
 * The operating agreement as one CSV table: a row per stage, handoff step (then the SLA),
 * meeting, escalation path and metric, each saying its part and when that part was agreed.
 * The export path (shared/export) writes it in CRM or Excel-safe mode like every other file.
 */
import type { AgreementPart, OperatingAgreement } from '../domain/types';
import { AGREEMENT_PART_TITLES } from './agreementTemplate';

export const AGREEMENT_CSV_HEADERS = [
  'Part',
  'Item',
  'Detail',
  'Who',
  'Frequency',
  'Agreed on',
] as const;

/** One row of the agreement's CSV, in AGREEMENT_CSV_HEADERS order. */
export type AgreementCsvRow = [string, string, string, string, string, string];

/** "2027-01-12", or "not yet agreed" for a part the team has not agreed. */
export function agreedText(agreement: OperatingAgreement, part: AgreementPart): string {
  return agreement.agreed[part] ?? 'not yet agreed';
}

export function agreementRows(agreement: OperatingAgreement): AgreementCsvRow[] {
  const row = (
    part: AgreementPart,
    item: string,
    detail: string,
    who: string,
    frequency = '',
  ): AgreementCsvRow => [
    AGREEMENT_PART_TITLES[part],
    item,
    detail,
    who,
    frequency,
    agreedText(agreement, part),
  ];
  return [
    ...agreement.stages.map((s) => row('stages', s.stage, s.meaning, s.whoDecides)),
    ...agreement.handoff.steps.map((s, i) => row('handoff', `Step ${i + 1}`, s.step, s.owner)),
    row('handoff', 'SLA', agreement.handoff.sla, ''),
    ...agreement.cadences.map((c) =>
      row('cadences', c.name, c.agenda.join('; '), c.attendees, c.frequency),
    ),
    ...agreement.escalations.map((e) => row('escalations', e.disagreement, '', e.escalateTo)),
    ...agreement.metrics.map((m) => row('metrics', m.metric, m.shows, '')),
  ];
}
