/** The conflict rules by the names PRODUCT.md gives them, for the pack's tables. */
import type { ConflictRule } from '../domain/types';

export const RULE_NAMES: Record<ConflictRule, string> = {
  'cross-team': 'Cross-team collision',
  'same-channel': 'Same-channel double booking',
  'contact-pressure': 'Contact pressure',
  'primary-owner': 'Primary-owner violation',
  blackout: 'Blackout violation',
  'messaging-clash': 'Messaging clash',
  'off-list': 'Off-list targeting',
  'person-pressure': 'Person pressure',
};
