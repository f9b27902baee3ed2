/**
 * Realistic CRM files for the owner and update-file tests, written the way the CRMs write
 * them: a Salesforce accounts report (BOM, CRLF, every cell quoted, quoted line breaks in
 * descriptions, owners as full names, the report's footer), a HubSpot companies export
 * (owners by name or e-mail), and the two CRMs' users files. Deterministic.
 */
import { toSalesforceId18 } from '../../../shared/accounts/salesforceId';

export const REPS = [
  { name: 'Jane Doe', email: 'jane.doe@seller.example', user15: '005Hs00000AbCdE' },
  { name: 'Omar Haddad', email: 'omar.haddad@seller.example', user15: '005Hs00000BcDeF' },
  { name: 'Li Wei', email: 'li.wei@seller.example', user15: '005Hs00000CdEfG' },
  { name: 'Priya Natarajan', email: 'priya.natarajan@seller.example', user15: '005Hs00000DeFgH' },
  { name: 'Lukas Becker', email: 'lukas.becker@seller.example', user15: '005Hs00000EfGhI' },
] as const;

export const userId18 = (user15: string) => toSalesforceId18(user15) ?? '';

const q = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
const COUNTRIES = ['USA', 'United States', 'Germany', 'United Kingdom', 'France', 'Japan'];
const INDUSTRIES = ['Technology', 'Healthcare', 'Financial Services', 'Manufacturing', ''];

function accountId15(i: number): string {
  return `0015g${String(i).padStart(10, '0')}`;
}

/** A Salesforce accounts report of `count` rows, as "Export → Details only, CSV" writes it. */
export function salesforceReport(count: number): Uint8Array {
  const lines = [
    [
      'Account ID',
      'Account Name',
      'Website',
      'Industry',
      'Employees',
      'Annual Revenue',
      'Billing Country',
      'Account Owner',
      'Account Description',
    ]
      .map(q)
      .join(','),
  ];
  for (let i = 0; i < count; i++) {
    const rep = REPS[i % REPS.length] as (typeof REPS)[number];
    const description =
      i % 9 === 0 ? `Renewal in Q${(i % 4) + 1}\r\nChampion: "the CFO", budget approved` : '';
    lines.push(
      [
        accountId15(i),
        `Company ${i}${i % 13 === 0 ? ', Inc.' : ''}`,
        i % 3 === 0 ? `https://www.company-${i}.example/` : `company-${i}.example`,
        INDUSTRIES[i % INDUSTRIES.length] as string,
        (50 + ((i * 37) % 20_000)).toLocaleString('en-US'),
        `$${((i * 7919) % 900_000_000).toLocaleString('en-US')}.00`,
        COUNTRIES[i % COUNTRIES.length] as string,
        i % 50 === 7 ? '' : rep.name,
        description,
      ]
        .map(q)
        .join(','),
    );
  }
  lines.push('', q('Copyright (c) 2000-2027 salesforce.com, inc. All rights reserved.'));
  lines.push(q('Confidential Information - Do Not Distribute'));
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

/** A HubSpot companies export: owners by name, a few by e-mail, with the owner id column. */
export function hubspotExport(count: number): Uint8Array {
  const lines = [
    'Record ID,Company name,Company Domain Name,Number of Employees,Annual Revenue,Country/Region,Company owner,HubSpot Owner ID,Industry',
  ];
  for (let i = 0; i < count; i++) {
    const r = i % REPS.length;
    const rep = REPS[r] as (typeof REPS)[number];
    const owner = i % 40 === 5 ? '' : i % 4 === 0 ? rep.email : rep.name;
    lines.push(
      [
        String(9_000_000 + i),
        i % 11 === 0 ? `"Hub ${i}, LLC"` : `Hub ${i}`,
        `hub-${i}.example`,
        String(10 + i),
        String(i * 1000),
        i % 2 === 0 ? 'United States' : 'Germany',
        owner,
        owner === '' ? '' : String(41_000_000 + r),
        'COMPUTER_SOFTWARE',
      ].join(','),
    );
  }
  return new TextEncoder().encode(lines.join('\n') + '\n');
}

/** Setup → Users, as a report exported to CSV. */
export function salesforceUsersReport(): string {
  return [
    '"Full Name","Email","Username","User ID","Active"',
    ...REPS.map((r) => [r.name, r.email, `${r.email}.prod`, r.user15, '1'].map(q).join(',')),
  ].join('\r\n');
}

/**
 * Settings → Users & Teams → Export users: the user ID (not the owner ID companies hold),
 * first and last name, e-mail, last login, teams, role, permissions.
 */
export function hubspotUsersExport(): string {
  return [
    'User ID,First Name,Last Name,Email address,Last login date,Assigned teams,Assigned role,Permissions',
    ...REPS.map((r, i) => {
      const [first, ...last] = r.name.split(' ');
      return [
        String(6_200_000 + i),
        first,
        last.join(' '),
        r.email.toUpperCase(),
        '2026-12-18',
        'EMEA Sales',
        'Sales',
        '"Contacts: Edit, Companies: Edit"',
      ].join(',');
    }),
  ].join('\n');
}

/** HubSpot's owners as a list with their owner IDs (Settings → Properties → Company owner). */
export function hubspotOwnersList(): string {
  return [
    'Owner ID,First Name,Last Name,Email',
    ...REPS.map((r, i) => {
      const [first, ...last] = r.name.split(' ');
      return [String(41_000_000 + i), first, last.join(' '), r.email].join(',');
    }),
  ].join('\n');
}
