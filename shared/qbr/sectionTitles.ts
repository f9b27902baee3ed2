/** Each section's title, as the picker lists it and as its pages begin. */
import type { QbrSectionId } from './packTypes';

export const SECTION_TITLES: Record<QbrSectionId, string> = {
  title: 'Title',
  results: "Last quarter's results",
  'tal-changes': 'TAL changes',
  calendar: 'Calendar',
  conflicts: 'Conflicts',
  raci: 'RACI',
  agreement: 'Operating agreement',
  budget: 'Budget',
};

export function sectionTitle(id: QbrSectionId): string {
  return SECTION_TITLES[id];
}
