/**
 * The sample's owner directory and what its CRMs hold: the seven reps with e-mails,
 * Salesforce user ids and HubSpot owner ids, and on each account the values as last
 * imported from Salesforce (owners by full name, as a report gives them) and HubSpot. A few
 * accounts were reassigned or corrected in the workbench since, so the Salesforce update
 * file shows what it sends: the ID, the ABM fields, and only those changes.
 */
import type { Account, CrmImportedValues, IsoDateTime, Owner } from '../domain/types';
import type { IdGenerator } from '../domain/ids';
import { toSalesforceId18 } from '../accounts/salesforceId';
import { SAMPLE_OWNERS } from './accounts';

export function sampleOwners(newId: IdGenerator, stamp: IsoDateTime): Owner[] {
  return SAMPLE_OWNERS.map((o, i) => ({
    id: newId(),
    name: o.owner,
    email: o.ownerEmail,
    salesforceUserId: toSalesforceId18(`005Hs00000${String(i + 1).padStart(5, '0')}`) ?? '',
    hubspotOwnerId: String(52_100_000 + i * 137),
    createdAt: stamp,
    updatedAt: stamp,
  }));
}

function crmValues(a: Account): CrmImportedValues {
  return {
    name: a.name,
    website: a.website,
    industry: a.industry,
    employees: a.employees,
    annualRevenue: a.annualRevenue,
    country: a.country,
    owner: a.owner,
    ownerEmail: '',
  };
}

/** The accounts with their CRMs' values; every 13th was reassigned, every 23rd re-classified. */
export function withSampleCrmValues(accounts: readonly Account[]): Account[] {
  return accounts.map((a, i) => {
    const salesforce = a.salesforceId === '' ? null : crmValues(a);
    if (salesforce && i % 13 === 5) {
      const previous = SAMPLE_OWNERS[(i + 3) % SAMPLE_OWNERS.length];
      if (previous && previous.owner !== a.owner) salesforce.owner = previous.owner;
    }
    if (salesforce && i % 23 === 7) salesforce.industry = 'Other';
    const hubspot =
      a.hubspotId === ''
        ? null
        : { name: a.name, website: a.domain, owner: a.owner, ownerEmail: a.ownerEmail };
    return { ...a, importedFromSalesforce: salesforce, importedFromHubspot: hubspot };
  });
}
