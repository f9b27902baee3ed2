// Small random workspaces for the review's property tests: few ids, names, domains and
// dates, so accounts share names and domains, motions overlap and opportunities hit them.
import fc from 'fast-check';
import type { Motion, Opportunity, Tier } from '../../../shared/domain/types';
import { outcomeOfStage } from '../../../shared/results/outcome';
import type { ReviewAccount } from '../../../shared/results/reviewTypes';
import { addDays } from '../../../shared/dates/calendarDate';

const SF = ['0015g00000W6W9aAAF', '0015g00000AUfUIAA1', '0015g00000VOLAHAA5'];
const HS = ['101', '202', '303'];
const DOMAINS = ['acme.example', 'globex.example', 'initech.example', ''];
const NAMES = ['Acme', 'Globex', 'Initech', 'Umbrella'];
const TAGS = ['Fintech', 'fintech', 'Health', 'Retail'];

const day = fc.integer({ min: 0, max: 200 }).map((n) => addDays('2026-12-01', n));
const tier = fc.constantFrom<Tier | null>(1, 2, 3, null);

export const accountsArb: fc.Arbitrary<ReviewAccount[]> = fc
  .array(
    fc.record({
      name: fc.constantFrom(...NAMES),
      domain: fc.constantFrom(...DOMAINS),
      salesforceId: fc.constantFrom('', ...SF),
      hubspotId: fc.constantFrom('', ...HS),
      duplicateSalesforceIds: fc.subarray(SF, { maxLength: 1 }),
      duplicateHubspotIds: fc.constant([] as string[]),
      tier,
      tags: fc.subarray(TAGS, { maxLength: 2 }),
      status: fc.constantFrom('candidate', 'target', 'target', 'removed' as const),
      industry: fc.constantFrom('Software', 'Banking', ''),
      employees: fc.constantFrom(null, 10, 60, 500, 2500, 9000),
      region: fc.constantFrom('EMEA', 'NA', ''),
      owner: fc.constantFrom('Dana', 'Lee', ''),
    }),
    { maxLength: 8 },
  )
  .map((rows) => rows.map((r, i) => ({ ...r, id: `a${i}` })));

export function motionsArb(accountCount: number): fc.Arbitrary<Motion[]> {
  const ids = Array.from({ length: Math.max(2, accountCount + 1) }, (_, i) => `a${i}`);
  return fc
    .array(
      fc.record({
        team: fc.constantFrom('Marketing', 'Marketing Ops', 'Sales', 'Sales Ops' as const),
        channel: fc.constantFrom('email', 'phone', 'ads' as const),
        start: day,
        length: fc.integer({ min: 0, max: 60 }),
        status: fc.constantFrom('Planned', 'In Progress', 'Completed', 'Aborted' as const),
        touchesPerWeek: fc.integer({ min: 0, max: 5 }),
        budget: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null }),
        tiers: fc.subarray<Tier>([1, 2, 3]),
        segments: fc.subarray(['fintech', 'Health ', 'retail']),
        match: fc.constantFrom('all', 'any' as const),
        include: fc.subarray(ids, { maxLength: 2 }),
        exclude: fc.subarray(ids, { maxLength: 2 }),
        // A wave or a hand-over for an account or two: days of its own, inside the motion's.
        own: fc.array(
          fc.record({
            account: fc.constantFrom(...ids),
            start: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
            end: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
          }),
          { maxLength: 2 },
        ),
      }),
      { maxLength: 6 },
    )
    .map((rows) =>
      rows.map((r, i): Motion => ({
        id: `m${i}`,
        name: `Motion ${i}`,
        kind: 'other',
        team: r.team,
        channel: r.channel,
        start: r.start,
        end: addDays(r.start, r.length),
        touchesPerWeek: r.touchesPerWeek,
        theme: '',
        budget: r.budget,
        status: r.status,
        owner: '',
        parentProgram: '',
        color: '#000000',
        audience: {
          tiers: r.tiers,
          segments: r.segments,
          match: r.match,
          include: r.include,
          exclude: r.exclude,
        },
        salesforceId: '',
        ...(r.own.length > 0 && {
          accountDates: Object.fromEntries(
            r.own.map((o) => [
              o.account,
              {
                ...(o.start !== undefined && { start: addDays(r.start, o.start) }),
                ...(o.end !== undefined && { end: addDays(r.start, o.end) }),
              },
            ]),
          ),
        }),
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      })),
    );
}

export const opportunitiesArb: fc.Arbitrary<Opportunity[]> = fc
  .array(
    fc.record({
      crm: fc.constantFrom('salesforce', 'hubspot' as const),
      accountCrmId: fc.constantFrom('', ...SF, ...HS, SF[0]!.slice(0, 15), '999'),
      accountDomain: fc.constantFrom(
        '',
        'https://www.acme.example/x',
        'GLOBEX.example',
        'nowhere.example',
      ),
      accountName: fc.constantFrom('', ...NAMES, ' Acme ', 'acme'),
      amount: fc.option(fc.integer({ min: 0, max: 90_000 }), { nil: null }),
      stage: fc.constantFrom(
        'Closed Won',
        'Closed Lost',
        'closedwon',
        'closedlost',
        'Prospecting',
        'Negotiation',
      ),
      created: day,
      closeAfter: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
      leadSource: fc.constantFrom('', 'Web', 'Cold Call', 'Partner Referral'),
    }),
    { maxLength: 12 },
  )
  .map((rows) =>
    rows.map((r, i): Opportunity => ({
      id: `o${i}`,
      crm: r.crm,
      crmId: `${i}`,
      name: `Opp ${i}`,
      amount: r.amount,
      stage: r.stage,
      outcome: outcomeOfStage(r.stage),
      createdDate: r.created,
      closeDate: r.closeAfter === null ? null : addDays(r.created, r.closeAfter),
      type: '',
      leadSource: r.leadSource,
      campaignSource: '',
      accountCrmId: r.accountCrmId,
      accountDomain: r.accountDomain,
      accountName: r.accountName,
      accountId: null,
      matchedBy: null,
      importedAt: '2027-01-01T00:00:00.000Z',
    })),
  );
