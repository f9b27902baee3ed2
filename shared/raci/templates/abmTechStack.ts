/**
 * ABM technology-stack ownership from 002_9cb4e7927f9250c2.txt, "Technology Stack: Shared
 * Ownership". The same article's legend reads "Responsible = owns the task", so "owned by"
 * is R; "read access" is I (kept in the loop); a supporting integration is C. The article
 * names no Accountable, so every tool starts with a missing-A error.
 */
import type { RaciTemplate } from './template';

const ESCALATION = 'Escalation: technology choices → CRO.';

export const abmTechStackTemplate: RaciTemplate = {
  id: 'abm-tech-stack',
  name: 'ABM technology stack ownership',
  source: '002_9cb4e7927f9250c2.txt — Technology Stack: Shared Ownership',
  reading:
    '"Owned by" = R (the article: "Responsible = owns the task"); "has read access" = I; ' +
    '"integration" = C. No Accountable is named, so each tool shows "no Accountable".',
  roles: ['Sales Ops', 'Marketing Ops', 'Sales', 'Marketing'],
  activities: [
    {
      name: 'CRM',
      cells: ['R', '', '', 'I'],
      note: `Owned by sales ops. Marketing has read access, can't modify core deal fields. ${ESCALATION}`,
    },
    {
      name: 'Marketing automation',
      cells: ['', 'R', 'I', ''],
      note: `Owned by marketing ops. Sales has read access, limited ability to trigger campaigns. ${ESCALATION}`,
    },
    {
      name: 'Sales engagement platform',
      cells: ['R', '', '', ''],
      note: `Owned by sales ops. Manages sequences, cadences, templates. ${ESCALATION}`,
    },
    {
      name: 'ABM platform',
      cells: ['C', 'R', '', ''],
      note:
        'Shared. Usually owned by marketing ops (coordinates campaigns) with sales ops ' +
        `integration (ensures account data accuracy). ${ESCALATION}`,
    },
    {
      name: 'Intent data',
      cells: ['', '', 'I', 'R'],
      note:
        'Can be owned by either, but typically marketing (owns external audience data) with ' +
        `sales access. ${ESCALATION}`,
    },
    {
      name: 'Data warehouse or BI',
      cells: ['R', 'R', '', ''],
      note: `Owned by both (or dedicated analytics role reports to both). ${ESCALATION}`,
    },
  ],
};
