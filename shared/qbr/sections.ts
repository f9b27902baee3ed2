/**
 * Every section a QBR pack can hold, in the default order, each built by its own pure model:
 * the picker, the presenter, the print view and the CLI read this one list.
 */
import { agreementPages } from './agreementSection';
import { calendarPages } from './calendarSection';
import { conflictsPages } from './conflictsSection';
import type { QbrContext, QbrPage, QbrSectionId } from './packTypes';
import { budgetPages } from './budgetSection';
import { raciPages } from './raciSection';
import { resultsPages } from './resultsSection';
import { SECTION_TITLES } from './sectionTitles';
import { talChangesPages } from './talChangesSection';
import { titlePages } from './titleSection';

export interface QbrSectionDef {
  id: QbrSectionId;
  title: string;
  /** What the section shows, for the picker. */
  description: string;
  build: (ctx: QbrContext) => QbrPage[];
}

const def = (
  id: QbrSectionId,
  description: string,
  build: QbrSectionDef['build'],
): QbrSectionDef => ({ id, title: SECTION_TITLES[id], description, build });

export const QBR_SECTIONS: readonly QbrSectionDef[] = [
  def('title', 'The quarter planned and reviewed, headline numbers, the agenda', titlePages),
  def(
    'results',
    "The reviewed quarter's pipeline by tier and segment, targets against the rest, influenced pipeline with credit, coverage per tier",
    resultsPages,
  ),
  def(
    'tal-changes',
    'The TAL diff: added, removed with reasons, tier and owner changes, turnover',
    talChangesPages,
  ),
  def('calendar', "The planned quarter's motions as a timeline", calendarPages),
  def(
    'conflicts',
    'Conflicts by rule, the accepted ones with notes, the resolutions in place',
    conflictsPages,
  ),
  def('raci', 'Every RACI grid of the workspace', raciPages),
  def(
    'agreement',
    'Lifecycle stages, handoff and SLA, cadences, escalation paths, metrics',
    agreementPages,
  ),
  def(
    'budget',
    'Budget per team, channel and month against the allocation, over-allocation warned',
    budgetPages,
  ),
];

export const QBR_SECTION_IDS: readonly QbrSectionId[] = QBR_SECTIONS.map((s) => s.id);

export function isQbrSectionId(value: string): value is QbrSectionId {
  return (QBR_SECTION_IDS as readonly string[]).includes(value);
}

export function sectionDef(id: QbrSectionId): QbrSectionDef {
  const found = QBR_SECTIONS.find((s) => s.id === id);
  if (!found) throw new Error(`no QBR section ${id}`);
  return found;
}

/**
 * "title,raci,agreement" → the ids in that order; an unknown or repeated name is an error
 * that lists the names there are.
 */
export function parseSectionList(
  text: string,
): { ok: true; sections: QbrSectionId[] } | { ok: false; error: string } {
  const names = text
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '');
  if (names.length === 0) return { ok: false, error: 'Name at least one section.' };
  const out: QbrSectionId[] = [];
  for (const name of names) {
    if (!isQbrSectionId(name)) {
      return {
        ok: false,
        error: `There is no section "${name}". Sections: ${QBR_SECTION_IDS.join(', ')}.`,
      };
    }
    if (out.includes(name)) return { ok: false, error: `The section "${name}" is named twice.` };
    out.push(name);
  }
  return { ok: true, sections: out };
}
