/**
 * Writes of the operating agreement, each one undoable step through commit(): an edit of a
 * part (the first edit of a workspace without its own agreement stores the template with
 * that edit), and marking a part agreed on a day or reopening it.
 */
import type { AgreementPart, OperatingAgreement } from '../../../../shared/domain/types';
import { AGREEMENT_PART_TITLES } from '../../../../shared/agreement/agreementTemplate';
import { localToday } from '../../../../shared/dates/calendarDate';
import { commit } from '../../store/changes';

export function saveAgreement(next: OperatingAgreement, label: string): Promise<void> {
  return commit(label, {
    operatingAgreements: { put: [{ ...next, updatedAt: new Date().toISOString() }] },
  });
}

export function editPart(
  agreement: OperatingAgreement,
  part: AgreementPart,
  change: Partial<OperatingAgreement>,
): Promise<void> {
  return saveAgreement(
    { ...agreement, ...change },
    `Edit ${AGREEMENT_PART_TITLES[part].toLowerCase()}`,
  );
}

export function markAgreed(
  agreement: OperatingAgreement,
  part: AgreementPart,
  agreed: boolean,
): Promise<void> {
  const title = AGREEMENT_PART_TITLES[part].toLowerCase();
  return saveAgreement(
    { ...agreement, agreed: { ...agreement.agreed, [part]: agreed ? localToday() : null } },
    agreed ? `Agree ${title}` : `Reopen ${title}`,
  );
}
