/** The owner directory: people who own accounts, filled from imports and users files, editable. */
export * from './ownerKeys';
export * from './ownerDirectory';
export * from './mergeOwners';
export * from './importOwners';
export * from './usersCsv';
export * from './importUsers';
export * from './editOwner';
