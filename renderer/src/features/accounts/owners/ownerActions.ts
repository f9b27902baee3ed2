/**
 * The owner directory's writes, each one commit (one undo step): add, edit (the accounts
 * that follow the person change with them), delete, and load a users CSV (the new people
 * and the accounts whose owner e-mail it fills).
 */
import type { Account, Owner } from '../../../../../shared/domain/types';
import { formatCsvError, type CsvError } from '../../../../../shared/csv';
import {
  accountsFollowingOwner,
  editOwnerField,
  importUsersFile,
  newOwner,
  ownerDirectory,
  ownerLabel,
  type OwnerDraft,
  type OwnerField,
} from '../../../../../shared/owners';
import { commit } from '../../../store/changes';

export type ActionResult = { ok: true; message: string } | { ok: false; message: string };

const now = () => new Date().toISOString();

export async function addOwner(
  draft: OwnerDraft,
  everyone: readonly Owner[],
): Promise<ActionResult> {
  const result = newOwner(draft, everyone, crypto.randomUUID(), now());
  if (!result.ok) return { ok: false, message: result.reason };
  await commit(`Add owner ${ownerLabel(result.owner)}`, { owners: { put: [result.owner] } });
  return { ok: true, message: `Added ${ownerLabel(result.owner)} to the owners.` };
}

export async function editOwner(
  owner: Owner,
  field: OwnerField,
  text: string,
  everyone: readonly Owner[],
  accounts: readonly Account[],
): Promise<ActionResult> {
  const stamp = now();
  const result = editOwnerField(owner, field, text, everyone, stamp);
  if (!result.ok) return { ok: false, message: result.reason };
  if (result.value[field] === owner[field]) return { ok: true, message: '' };
  const following = accountsFollowingOwner(accounts, ownerDirectory(everyone), result.value, stamp);
  await commit(`Edit owner ${ownerLabel(owner)}`, {
    owners: { put: [result.value] },
    accounts: { put: following },
  });
  const also =
    following.length > 0 ? ` and ${following.length.toLocaleString()} of their accounts` : '';
  return { ok: true, message: `Updated ${ownerLabel(result.value)}${also}.` };
}

export async function deleteOwner(owner: Owner): Promise<void> {
  await commit(`Delete owner ${ownerLabel(owner)}`, { owners: { delete: [owner.id] } });
}

export type UsersImportOutcome =
  { ok: true; message: string } | { ok: false; message: string; problems: string[] };

export async function importUsers(
  file: { name: string; bytes: Uint8Array },
  owners: readonly Owner[],
  accounts: readonly Account[],
): Promise<UsersImportOutcome> {
  const result = importUsersFile(
    file,
    { owners, accounts },
    { now: now(), newId: () => crypto.randomUUID() },
  );
  if (!result.ok) {
    return {
      ok: false,
      message: `${file.name}: nothing was imported (${result.errors.length.toLocaleString()} problems).`,
      problems: result.errors.map((e: CsvError) => formatCsvError(e)),
    };
  }
  await commit(`Import users ${file.name}`, {
    owners: { put: result.owners, delete: result.removedOwners },
    accounts: { put: result.accounts },
  });
  const filled =
    result.accounts.length > 0
      ? ` ${result.accounts.length.toLocaleString()} accounts got their owner's e-mail.`
      : '';
  return {
    ok: true,
    message: `${file.name}: ${result.people.toLocaleString()} people, ${result.added.toLocaleString()} new, ${result.updated.toLocaleString()} updated.${filled}`,
  };
}
