/**
 * The store merge benchmark's workspaces (test/bench/mergeStore.bench.ts, run in Chromium
 * through test/bench/app/mergeHook.ts): an ancestor of `n` accounts and `m` motions; the
 * colleague's copy of it ("theirs", laptop-b), which changed n/10 accounts (the last n/100
 * of them also changed here, half in the same field: the conflicts) and 50 motions, as their
 * workspace file; and my edits (n/10 accounts' notes, 100 motions' themes).
 */
import type { Account, Motion, Tier } from '../../../shared/domain/types';
import { createHlc, type Stamp } from '../../../shared/merge/hlc';
import type { StampedWorkspace } from '../../../shared/merge/mergeWorkspaces';
import type { RowStamps } from '../../../shared/merge/syncState';
import { serializeWorkspace } from '../../../shared/workspace/workspaceFile';

const STAMP = '2027-01-04T09:00:00.000Z';

/** One synthetic account (the merge benchmarks' rows). */
export function account(i: number): Account {
  return {
    id: `a${i}`,
    name: `Account ${i} Holdings`,
    website: `https://account${i}.example/`,
    domain: `account${i}.example`,
    salesforceId: '',
    hubspotId: String(100000 + i),
    duplicateSalesforceIds: [],
    duplicateHubspotIds: [],
    industry: 'Software',
    employees: 50 + (i % 5000),
    annualRevenue: 1_000_000 + i,
    country: 'DE',
    region: 'EMEA',
    owner: `Rep ${i % 40}`,
    ownerEmail: `rep${i % 40}@seller.example`,
    territory: 'DACH',
    tags: i % 4 === 0 ? ['fintech'] : [],
    tier: ((i % 3) + 1) as Tier,
    icpScore: i % 100,
    intentScore: null,
    status: 'target',
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

/** One synthetic motion. */
export function motion(i: number): Motion {
  return {
    id: `m${i}`,
    name: `Motion ${i}`,
    kind: 'email nurture',
    team: i % 2 === 0 ? 'Marketing Ops' : 'Sales Ops',
    channel: 'email',
    start: '2027-01-04',
    end: '2027-02-26',
    touchesPerWeek: 1,
    theme: 'ROI',
    budget: null,
    status: 'Planned',
    owner: '',
    parentProgram: '',
    color: '#3b82f6',
    audience: { tiers: [1], segments: [], match: 'all', include: [], exclude: [] },
    salesforceId: '',
    createdAt: STAMP,
    updatedAt: STAMP,
  };
}

export interface MergeScenario {
  ancestor: { accounts: Account[]; motions: Motion[] };
  /** Their file, made from the ancestor as the store holds it (with its stamps). */
  theirs: (stored: StampedWorkspace) => {
    text: string;
    changed: { accounts: Account[]; motions: Motion[] };
  };
}

export function mergeScenario(n: number, motions: number): MergeScenario {
  const perSide = n / 10;
  const overlap = perSide / 10;
  const ancestor = {
    accounts: Array.from({ length: n }, (_, i) => account(i)),
    motions: Array.from({ length: motions }, (_, i) => motion(i)),
  };
  const theirs = (stored: StampedWorkspace) => {
    let t = Date.now() - 60_000;
    const clock = createHlc('laptop-b', () => t++);
    const theirAccounts = [...stored.data.accounts];
    const theirMotions = [...stored.data.motions];
    const accStamps: Record<string, RowStamps> = { ...stored.sync.stamps.accounts };
    const motStamps: Record<string, RowStamps> = { ...stored.sync.stamps.motions };
    let last: Stamp = '';
    const changed = { accounts: [] as Account[], motions: [] as Motion[] };
    // The store keeps rows in key order ('a0', 'a1', 'a10', …): find each by its id.
    const at = new Map<string, number>();
    theirAccounts.forEach((a, i) => at.set(a.id, i));
    theirMotions.forEach((m, i) => at.set(m.id, i));
    for (let i = perSide - overlap; i < 2 * perSide - overlap; i++) {
      const field = i % 2 === 0 ? 'notes' : 'territory';
      const k = at.get(`a${i}`)!;
      const row = { ...theirAccounts[k]!, [field]: `laptop-b ${i}` };
      theirAccounts[k] = row;
      changed.accounts.push(row);
      last = clock.tick();
      accStamps[row.id] = { base: accStamps[row.id]?.base ?? last, fields: { [field]: last } };
    }
    for (let i = 50; i < 100; i++) {
      const k = at.get(`m${i}`)!;
      const row = { ...theirMotions[k]!, theme: 'laptop-b theme' };
      theirMotions[k] = row;
      changed.motions.push(row);
      last = clock.tick();
      motStamps[row.id] = { base: motStamps[row.id]?.base ?? last, fields: { theme: last } };
    }
    const text = serializeWorkspace(
      { ...stored.data, accounts: theirAccounts, motions: theirMotions },
      new Date().toISOString(),
      undefined,
      {
        installationId: 'laptop-b',
        stamps: { ...stored.sync.stamps, accounts: accStamps, motions: motStamps },
        tombstones: stored.sync.tombstones,
        versionVector: { ...stored.sync.versionVector, 'laptop-b': last },
      },
    );
    return { text, changed };
  };
  return { ancestor, theirs };
}

/** My side's edits: the first `count` accounts' notes and the first 100 motions' themes. */
export function myEdits(
  ancestor: MergeScenario['ancestor'],
  count: number,
): { accounts: Account[]; motions: Motion[] } {
  return {
    accounts: ancestor.accounts.slice(0, count).map((a) => ({ ...a, notes: `laptop-a ${a.id}` })),
    motions: ancestor.motions.slice(0, 100).map((m) => ({ ...m, theme: 'laptop-a theme' })),
  };
}
