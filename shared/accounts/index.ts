/** Target account lists: normalization, import pipeline, ICP scoring, capacity, quarterly review. */
export { normalizeDomain } from './normalizeDomain';
export {
  checkSalesforceId,
  salesforceSuffix,
  toSalesforceId18,
  type SalesforceIdCheck,
} from './salesforceId';
export * from './companyDomain';
export * from './hubspotEnums';
export * from './mergeStoredAccounts';
export * from './subdomainSuggestions';
export { toCountryCode, regionOf, REGIONS, type Region } from './countries';
export { parseNumber, type DecimalSeparator, type ParsedNumber } from './parseNumber';
export * from './parseFields';
export * from './accountFields';
export * from './columnMapping';
export * from './candidates';
export * from './emptyValues';
export * from './mergeAccounts';
export * from './dedupe';
export * from './crmDuplicates';
export * from './crmDuplicateReport';
export * from './importPipeline';
export * from './icpScore';
export * from './ownerCapacity';
export * from './talSnapshot';
export * from './editAccount';
export * from './tableEdits';
export * from './sameAccount';
