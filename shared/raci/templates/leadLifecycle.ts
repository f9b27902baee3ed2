/**
 * Lead-lifecycle ownership from 000_210eeae2e73d7f88.txt, "How to split ownership across the
 * lead lifecycle". The primary owner answers for the stage and works it: R and A. Supporting
 * owners give input: C. "Marketing and Sales jointly" is encoded as written — two A's — so
 * the validator shows the decision the team still has to make.
 */
import type { RaciTemplate } from './template';

export const leadLifecycleTemplate: RaciTemplate = {
  id: 'lead-lifecycle',
  name: 'Lead lifecycle ownership',
  source: '000_210eeae2e73d7f88.txt — How to split ownership across the lead lifecycle',
  reading:
    'Primary owner = R + A; supporting owners = C. "Marketing and Sales jointly" gives two ' +
    'Accountables, which the validator flags for the team to settle.',
  roles: ['Marketing', 'Sales', 'RevOps', 'Analytics'],
  activities: [
    {
      name: 'Anonymous visitor',
      cells: ['RA', '', 'C', 'C'],
      note: 'Primary owner: Marketing. Supporting: Analytics, RevOps.',
    },
    {
      name: 'Known lead',
      cells: ['RA', '', 'C', ''],
      note: 'Primary owner: Marketing. Supporting: RevOps.',
    },
    {
      name: 'Marketing-qualified lead',
      cells: ['RA', 'RA', 'C', ''],
      note: 'Primary owner: Marketing and Sales jointly. Supporting: RevOps.',
    },
    {
      name: 'Sales-accepted lead',
      cells: ['C', 'RA', 'C', ''],
      note: 'Primary owner: Sales. Supporting: Marketing, RevOps.',
    },
    {
      name: 'Sales-qualified lead',
      cells: ['', 'RA', 'C', ''],
      note: 'Primary owner: Sales. Supporting: RevOps.',
    },
    {
      name: 'Opportunity',
      cells: ['C', 'RA', 'C', ''],
      note: 'Primary owner: Sales. Supporting: RevOps, Marketing for source insight.',
    },
    {
      name: 'Reporting across stages',
      cells: ['C', 'C', 'RA', ''],
      note: 'Primary owner: RevOps. Supporting: Marketing, Sales.',
    },
  ],
};
