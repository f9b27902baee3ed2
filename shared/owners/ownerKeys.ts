/**
 * What tells owners apart, in the order the directory tries them: the e-mail (compared
 * without case), the Salesforce user id (005…, canonical 18 characters), the HubSpot owner
 * id (digits), and last the name (case-folded, spaces collapsed).
 */
import { isEmail } from '../accounts/parseFields';
import { toSalesforceId18 } from '../accounts/salesforceId';

export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

// A user id's key prefix is 005 in every org; the 15- and 18-character forms both occur.
const USER_ID_SHAPE = /^005[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?$/;

/** The canonical 18-character Salesforce user id, or null when the text is not one. */
export function toSalesforceUserId(raw: string): string | null {
  const text = raw.trim();
  if (!USER_ID_SHAPE.test(text)) return null;
  return toSalesforceId18(text);
}

/** Text that looks like a Salesforce user id (right prefix and length), valid or not. */
export function looksLikeSalesforceUserId(raw: string): boolean {
  return USER_ID_SHAPE.test(raw.trim());
}

export function isHubspotOwnerId(raw: string): boolean {
  return /^\d{1,20}$/.test(raw.trim());
}

/** Text that names an owner by one of its ids rather than by name or e-mail. */
export function isOwnerIdText(raw: string): boolean {
  return looksLikeSalesforceUserId(raw) || isHubspotOwnerId(raw);
}

export { isEmail };
