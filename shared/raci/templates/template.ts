/**
 * What a RACI template is: the roles and activities of a table in one of the reference
 * articles, with the letters the article's words translate to. Cells are written as in the
 * article's table, one string per role in the roles' order ('' = no letter).
 */
import type { IdGenerator } from '../../domain/ids';
import type { IsoDateTime, RaciGrid } from '../../domain/types';
import { cellKey, parseLetters } from '../letters';

export interface RaciTemplateActivity {
  name: string;
  /** Letters per role, in the order of the template's roles. */
  cells: string[];
  phase?: string;
  /** What the article says about this row, or its escalation path. */
  note?: string;
}

export interface RaciTemplate {
  id: string;
  name: string;
  /** Article file and section, e.g. "002_9cb4e7927f9250c2.txt — Responsibility Matrix (RACI Model)". */
  source: string;
  /** How the article's words were turned into letters, and what the validator will show. */
  reading: string;
  roles: string[];
  activities: RaciTemplateActivity[];
}

export function gridFromTemplate(
  template: RaciTemplate,
  ids: IdGenerator,
  now: IsoDateTime,
): RaciGrid {
  const roles = template.roles.map((name) => ({ id: ids(), name }));
  const grid: RaciGrid = {
    id: ids(),
    name: template.name,
    source: template.source,
    roles,
    activities: [],
    cells: {},
    createdAt: now,
    updatedAt: now,
  };
  for (const row of template.activities) {
    const activity = { id: ids(), name: row.name, phase: row.phase ?? '', note: row.note ?? '' };
    grid.activities.push(activity);
    row.cells.forEach((text, i) => {
      const role = roles[i];
      const letters = parseLetters(text);
      if (!role || letters === null)
        throw new Error(`Template ${template.id}: bad cell "${text}" in "${row.name}".`);
      if (letters.length > 0) grid.cells[cellKey(activity.id, role.id)] = letters;
    });
  }
  return grid;
}
