/**
 * A large deterministic plan for benchmarks (100k accounts, 1,000 motions): realistic tier
 * and segment spreads so audiences are the sizes a real workspace sees. Not sample data.
 */
import type { Account, IsoDate, Motion, Tier } from '../../../shared/domain/types';
import { CHANNELS, MOTION_KINDS, TEAMS } from '../../../shared/domain/types';
import { addDays } from '../../../shared/dates/calendarDate';
import { MOTION_COLORS, newMotion } from '../../../shared/motions/motionDefaults';
import { seededRandom as prng } from '../../unit/conflicts/syntheticPlan';

export const SYNTHETIC_SEGMENTS = Array.from({ length: 40 }, (_, i) => `segment-${i}`);
const STAMP = '2027-01-01T00:00:00.000Z';

export function syntheticAccounts(count: number, seed = 1): Account[] {
  const rand = prng(seed);
  const out: Account[] = new Array<Account>(count);
  for (let i = 0; i < count; i++) {
    const r = rand();
    const tier: Tier | null = r < 0.05 ? 1 : r < 0.2 ? 2 : r < 0.6 ? 3 : null;
    const domain = `acct${i}.example`;
    out[i] = {
      id: `acc-${i}`,
      name: `Account ${i}`,
      website: `https://${domain}`,
      domain,
      salesforceId: '',
      hubspotId: '',
      duplicateSalesforceIds: [],
      duplicateHubspotIds: [],
      industry: '',
      employees: null,
      annualRevenue: null,
      country: '',
      region: '',
      owner: '',
      ownerEmail: '',
      territory: '',
      tags: [
        SYNTHETIC_SEGMENTS[Math.floor(rand() * 40)] as string,
        SYNTHETIC_SEGMENTS[Math.floor(rand() * 40)] as string,
      ],
      tier,
      icpScore: null,
      intentScore: null,
      status: rand() < 0.7 ? 'target' : 'candidate',
      removedReason: '',
      primaryTeam: null,
      notes: '',
      custom: {},
      importedFromSalesforce: null,
      importedFromHubspot: null,
      createdAt: STAMP,
      updatedAt: STAMP,
    };
  }
  return out;
}

/** Motions spread over the 91 days from `start`, each with one or two tiers or a few segments. */
export function syntheticMotions(
  count: number,
  start: IsoDate,
  seed = 2,
  accountCount = 100_000,
): Motion[] {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const out: Motion[] = [];
  for (let i = 0; i < count; i++) {
    const s = addDays(start, Math.floor(rand() * 84));
    const tiers: Tier[] = rand() < 0.6 ? [pick([1, 2, 3] as const)] : [];
    const segments = tiers.length === 0 ? [pick(SYNTHETIC_SEGMENTS), pick(SYNTHETIC_SEGMENTS)] : [];
    const include = Array.from(
      { length: Math.floor(rand() * 20) },
      () => `acc-${Math.floor(rand() * accountCount)}`,
    );
    const exclude = Array.from(
      { length: Math.floor(rand() * 10) },
      () => `acc-${Math.floor(rand() * accountCount)}`,
    );
    out.push(
      newMotion(`mot-${i}`, s, STAMP, {
        name: `Motion ${i}`,
        kind: pick(MOTION_KINDS),
        team: pick(TEAMS),
        channel: pick(CHANNELS),
        end: addDays(s, 3 + Math.floor(rand() * 40)),
        touchesPerWeek: Math.floor(rand() * 4),
        color: MOTION_COLORS[i % MOTION_COLORS.length] as string,
        audience: { tiers, segments, match: 'all', include, exclude },
      }),
    );
  }
  return out;
}
