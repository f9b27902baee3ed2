/**
 * Loading the owner directory from a users file: the people are merged into the directory
 * (a users file is the CRM's own list, so it may correct a name or an e-mail the directory
 * guessed), and every account whose owner now resolves gets the owner's e-mail. One result
 * to write in one transaction, or the problems, each with file, row and column.
 */
import type { Account, IsoDateTime, Owner } from '../domain/types';
import type { IdGenerator } from '../domain/ids';
import type { CsvError } from '../csv/csvError';
import { mergeSightings } from './mergeOwners';
import { ownerDirectory } from './ownerDirectory';
import { accountsFilledByDirectory } from './importOwners';
import { readUsersCsv, type UsersFile } from './usersCsv';

export interface UsersImport {
  ok: true;
  file: string;
  source: UsersFile['source'];
  /** People in the file. */
  people: number;
  /** New and changed owners. */
  owners: Owner[];
  /** Ids of bare-name owners the file's people replace (same name, now with an e-mail): to delete. */
  removedOwners: string[];
  added: number;
  updated: number;
  /** Accounts whose owner e-mail (or name, for an id) the directory filled. */
  accounts: Account[];
}

export type UsersImportResult = UsersImport | { ok: false; errors: CsvError[] };

export function importUsersFile(
  file: { name: string; bytes: Uint8Array | string },
  stored: { owners: readonly Owner[]; accounts: readonly Account[] },
  options: { now: IsoDateTime; newId: IdGenerator },
): UsersImportResult {
  const read = readUsersCsv(file.name, file.bytes);
  if (!read.ok) return read;
  const merged = mergeSightings(
    stored.owners,
    read.people.map((p) => p.sighting),
    { ...options, correct: true },
  );
  if (merged.clashes.length > 0) {
    return {
      ok: false,
      errors: merged.clashes.map((c) => ({
        file: file.name,
        row: read.people[c.index]?.row ?? 0,
        message: `This person clashes with the owner directory: ${c.message}.`,
      })),
    };
  }
  const dir = ownerDirectory(merged.owners);
  return {
    ok: true,
    file: file.name,
    source: read.source,
    people: read.people.length,
    owners: merged.put,
    removedOwners: merged.removed,
    added: merged.added,
    updated: merged.updated,
    accounts: accountsFilledByDirectory(stored.accounts, dir, options.now),
  };
}
