/**
 * One account's CRM records: its Salesforce and HubSpot ids and, when the CRM holds the
 * company more than once, the duplicate records the CRM admin should merge into the kept one.
 */
import type { Account } from '../../../../shared/domain/types';
import { CRM_LABELS, CRMS, DUPLICATE_FIELD, ID_FIELD } from '../../../../shared/accounts';

export function CrmRecordsLine({ account }: { account: Account }) {
  const parts = CRMS.filter((crm) => account[ID_FIELD[crm]] !== '');
  if (parts.length === 0) return null;
  return (
    <p className="cal-account-crm" aria-label="CRM records">
      {parts.map((crm, i) => {
        const duplicates = account[DUPLICATE_FIELD[crm]];
        return (
          <span key={crm}>
            {i > 0 && ' · '}
            {CRM_LABELS[crm]} {account[ID_FIELD[crm]]}
            {duplicates.length > 0 && (
              <strong> (duplicates to merge into it: {duplicates.join(', ')})</strong>
            )}
          </span>
        );
      })}
    </p>
  );
}
