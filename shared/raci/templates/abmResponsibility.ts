/**
 * The ABM responsibility matrix of 002_9cb4e7927f9250c2.txt, "Responsibility Matrix (RACI
 * Model)": 8 activities × Sales Ops, Marketing Ops, Sales, Marketing, letter for letter. The
 * article's matrix names no Accountable at all, so every row starts with a missing-A error:
 * exactly what the team has to decide. Notes carry the article's escalation paths.
 */
import type { RaciTemplate } from './template';

export const abmResponsibilityTemplate: RaciTemplate = {
  id: 'abm-responsibility',
  name: 'ABM responsibility matrix',
  source: '002_9cb4e7927f9250c2.txt — Responsibility Matrix (RACI Model)',
  reading:
    'As printed: Responsible = R, Consulted = C, Informed = I. The article uses no Accountable, ' +
    'so each activity shows "no Accountable" until the team picks one.',
  roles: ['Sales Ops', 'Marketing Ops', 'Sales', 'Marketing'],
  activities: [
    { name: 'Define ICP', cells: ['R', 'C', 'I', 'C'] },
    {
      name: 'Build TAL',
      cells: ['R', 'C', 'C', 'I'],
      note: 'Escalation: account inclusion in TAL → VP Sales.',
    },
    {
      name: 'Develop campaign',
      cells: ['I', 'R', 'C', 'R'],
      note: 'Escalation: campaign timing or messaging → VP Marketing.',
    },
    { name: 'Execute outreach', cells: ['R', 'I', 'R', 'I'] },
    { name: 'Manage CRM data', cells: ['R', 'C', 'I', 'C'] },
    { name: 'Manage sequences', cells: ['R', 'C', 'R', 'I'] },
    { name: 'Track engagement', cells: ['R', 'R', 'I', 'I'] },
    { name: 'Report on outcomes', cells: ['R', 'R', 'I', 'I'] },
  ],
};
