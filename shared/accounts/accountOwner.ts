/**
 * An account's owner as one value. The owner text (a name or a user id), the owner e-mail
 * and a HubSpot owner id describe one person only because one row of one file gave them
 * together: a name from a Salesforce report and an e-mail from a HubSpot export of the same
 * company may be two different reps. So rows of one import, and an import against a stored
 * account, merge the owner as a whole: the parts are only completed from each other when both
 * sides describe the same person.
 */
import type { Account } from '../domain/types';
import type { IncomingFields } from './candidates';
import { nameFromEmail } from './parseFields';
import { emailKey, nameKey } from '../owners/ownerKeys';

export type OwnerFields = Pick<Account, 'owner' | 'ownerEmail'>;
/** Whether two owner fields name one person (the import passes the directory's answer). */
export type SameOwner = (a: OwnerFields, b: OwnerFields) => boolean;

/** The owner fields merged one by one never: they travel as the owner. */
export const OWNER_PARTS = ['owner', 'ownerEmail', 'hubspotOwnerId'] as const;

function hasOwner(f: Partial<OwnerFields> & { hubspotOwnerId?: string }): boolean {
  return Boolean(f.owner || f.ownerEmail || f.hubspotOwnerId);
}

/**
 * Without a directory: one e-mail is one person; without e-mails on both sides, the same
 * name (case and spaces aside) is taken as the same person.
 */
export const plainSameOwner: SameOwner = (a, b) => {
  const ea = emailKey(a.ownerEmail);
  const eb = emailKey(b.ownerEmail);
  if (ea && eb) return ea === eb;
  const na = nameKey(a.owner);
  return na !== '' && na === nameKey(b.owner);
};

/** Between rows of one import the first row that names an owner gives the whole owner. */
export function combineIncomingOwner(into: IncomingFields, from: IncomingFields): void {
  if (hasOwner(into) || !hasOwner(from)) return;
  for (const part of OWNER_PARTS) if (from[part]) into[part] = from[part];
}

/**
 * The stored account's owner after an import under a policy. 'skip' and an incoming row
 * without owner keep it; an account without owner takes the incoming one. When both name an
 * owner: the same person is completed ('fill-empty' fills the missing part, 'overwrite' also
 * takes the imported spelling, never a name only guessed from the e-mail nor a change of case
 * only); another person is kept ('fill-empty') or replaced whole ('overwrite'), so the stored
 * e-mail never stays next to the imported name, nor the other way round.
 */
export function mergedOwner(
  stored: OwnerFields,
  incoming: IncomingFields,
  policy: 'fill-empty' | 'overwrite' | 'skip',
  same: SameOwner = plainSameOwner,
): OwnerFields {
  const inc: OwnerFields = { owner: incoming.owner ?? '', ownerEmail: incoming.ownerEmail ?? '' };
  if (policy === 'skip' || !hasOwner(inc)) return stored;
  if (!hasOwner(stored)) return inc;
  if (!same(stored, inc)) return policy === 'overwrite' ? inc : stored;
  const overwrite = policy === 'overwrite';
  const guessedName = inc.ownerEmail !== '' && inc.owner === nameFromEmail(inc.ownerEmail);
  const takeName =
    inc.owner !== '' &&
    (stored.owner === '' ||
      (overwrite && !guessedName && nameKey(stored.owner) !== nameKey(inc.owner)));
  const takeEmail =
    inc.ownerEmail !== '' &&
    (stored.ownerEmail === '' ||
      (overwrite && emailKey(stored.ownerEmail) !== emailKey(inc.ownerEmail)));
  return {
    owner: takeName ? inc.owner : stored.owner,
    ownerEmail: takeEmail ? inc.ownerEmail : stored.ownerEmail,
  };
}
