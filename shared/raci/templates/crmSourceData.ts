/**
 * CRM source-data ownership from 000_210eeae2e73d7f88.txt, "How to manage CRM source data
 * ownership". "Owner" = R + A; where the article names two owners ("Marketing and RevOps")
 * both get R + A and the validator shows the double Accountable.
 */
import type { RaciTemplate } from './template';

export const crmSourceDataTemplate: RaciTemplate = {
  id: 'crm-source-data',
  name: 'CRM source data ownership',
  source: '000_210eeae2e73d7f88.txt — How to manage CRM source data ownership',
  reading:
    'Owner = R + A. "Marketing and RevOps" gives two Accountables, which the validator flags. ' +
    'The article names owners only, so the grid has no C or I.',
  roles: ['Marketing', 'Sales', 'RevOps'],
  activities: [
    { name: 'Campaign naming', cells: ['RA', '', 'RA'], note: 'Owner: Marketing and RevOps.' },
    { name: 'URL parameter rules', cells: ['RA', '', 'RA'], note: 'Owner: Marketing and RevOps.' },
    { name: 'CRM field creation', cells: ['', '', 'RA'], note: 'Owner: RevOps.' },
    { name: 'Campaign context interpretation', cells: ['RA', '', ''], note: 'Owner: Marketing.' },
    { name: 'Lead outcome recording', cells: ['', 'RA', ''], note: 'Owner: Sales.' },
    { name: 'Reporting structure', cells: ['', '', 'RA'], note: 'Owner: RevOps.' },
  ],
};
