/** A part's heading with its state: agreed on a day (Reopen), or not yet agreed (Mark agreed). */
import type { AgreementPart, OperatingAgreement } from '../../../../shared/domain/types';
import {
  AGREEMENT_PART_TITLES,
  AGREEMENT_SOURCES,
} from '../../../../shared/agreement/agreementTemplate';
import { sourceTitle } from '../../../../shared/raci/sourceTitle';
import { markAgreed } from './agreementActions';

export function PartHeader({
  agreement,
  part,
}: {
  agreement: OperatingAgreement;
  part: AgreementPart;
}) {
  const day = agreement.agreed[part];
  const title = AGREEMENT_PART_TITLES[part];
  return (
    <header className="agreement-part-head">
      <h2 id={`agreement-${part}`}>{title}</h2>
      <span className={day ? 'agreement-state is-agreed' : 'agreement-state'}>
        {day ? `Agreed on ${day}` : 'Not yet agreed'}
      </span>
      <button
        type="button"
        onClick={() => void markAgreed(agreement, part, day === null)}
        aria-label={day ? `Reopen ${title.toLowerCase()}` : `Mark ${title.toLowerCase()} agreed`}
      >
        {day ? 'Reopen' : 'Mark agreed'}
      </button>
      <p className="agreement-source">Source: {sourceTitle(AGREEMENT_SOURCES[part])}</p>
    </header>
  );
}
