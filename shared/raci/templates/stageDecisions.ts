/**
 * The MQL / SAL / SQL decision table from 000_210eeae2e73d7f88.txt, "How to define MQL, SQL,
 * and sales acceptance". "Who decides" = R + A (the decider makes the call and answers for
 * it); "with X input" = C. "Marketing and RevOps" deciding the Lead stage gives two A's.
 */
import type { RaciTemplate } from './template';

export const stageDecisionsTemplate: RaciTemplate = {
  id: 'stage-decisions',
  name: 'MQL / SAL / SQL decisions',
  source: '000_210eeae2e73d7f88.txt — How to define MQL, SQL, and sales acceptance',
  reading:
    '"Who decides" = R + A; "with Sales input" = C. "Marketing and RevOps" deciding the Lead ' +
    'stage gives two Accountables, which the validator flags.',
  roles: ['Marketing', 'Sales', 'RevOps'],
  activities: [
    {
      name: 'Lead',
      cells: ['RA', '', 'RA'],
      note: 'A person or company is known in the system. Decides: Marketing and RevOps.',
    },
    {
      name: 'MQL',
      cells: ['RA', 'C', ''],
      note: 'Marketing sees fit and intent. Decides: Marketing with Sales input.',
    },
    {
      name: 'SAL',
      cells: ['', 'RA', ''],
      note: 'Sales accepts the lead for follow-up. Decides: Sales.',
    },
    {
      name: 'SQL',
      cells: ['', 'RA', ''],
      note: 'Sales confirms opportunity potential. Decides: Sales.',
    },
    {
      name: 'Disqualified',
      cells: ['', 'RA', ''],
      note: 'Lead cannot progress. Decides: Sales with reasons recorded.',
    },
  ],
};
