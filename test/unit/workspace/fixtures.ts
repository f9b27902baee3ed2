import type { Account } from '../../../shared/domain/types';

export function makeAccount(patch: Partial<Account> = {}): Account {
  return {
    id: 'a1',
    name: 'Acme',
    website: 'https://acme.example',
    domain: 'acme.example',
    salesforceId: '',
    hubspotId: '',
    duplicateSalesforceIds: [],
    duplicateHubspotIds: [],
    industry: 'Software',
    employees: 120,
    annualRevenue: 5_000_000,
    country: 'DE',
    region: 'EMEA',
    owner: 'Dana Rep',
    ownerEmail: 'dana@example.com',
    territory: '',
    tags: [],
    tier: 2,
    icpScore: null,
    intentScore: null,
    status: 'target',
    removedReason: '',
    primaryTeam: null,
    notes: '',
    custom: {},
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...patch,
  };
}
