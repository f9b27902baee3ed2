/**
 * Duplicate-outreach detection off the UI thread. Holds the ConflictIndex; reads accounts and
 * motions from the store itself (100,000 rows never cross the thread boundary); on each sync either
 * re-detects in full (blackouts or settings changed, accounts added or removed, the first
 * run, more motions changed than patching is quick for) or re-sweeps only the motions and
 * accounts that changed, then answers with a summary the UI lists and counts from. The
 * handler map at the end is what the window may call.
 */
import {
  ConflictIndex,
  accountConflicts,
  audienceHolds,
  conflictOf,
  groupAccounts,
  groupOf,
  previewChange,
  resolutionChange,
  rulesOf,
} from '../../../../shared/conflicts';
import type { ConflictAccount, ConflictPerson, PartsCache } from '../../../../shared/conflicts';
import { conflictPeople } from '../../../../shared/contacts/conflictPeople';
import type { MatchAccount } from '../../../../shared/contacts/matchAccounts';
import type { Contact } from '../../../../shared/domain/types';
import type { Conflict, ConflictGroup, Resolution } from '../../../../shared/conflicts/types';
import { buildAudienceIndex, resolveAudience } from '../../../../shared/motions/audience';
import type { AudienceIndex } from '../../../../shared/motions/audience';
import type { Motion } from '../../../../shared/domain/types';
import { readAll } from '../../store/reads';
import { SummaryBuilder, accountRow } from './summaryBuilder';
import { sendInParts } from './summaryParts';
import { fullDetectionIsQuicker, motionEdits, motionKey } from './motionEdits';
import { serve, type CallContext } from '../../platform/workerRpc';
import type {
  AccountRow,
  DetectionEvent,
  GroupAccountsReply,
  GroupRef,
  GroupSummary,
  ResolutionPreview,
  SummaryPart,
  SyncPlan,
  SyncResult,
} from './conflictsProtocol';

/** Beyond this many changed accounts a full detection is as quick as patching. */
const MAX_PATCHED_ACCOUNTS = 5_000;

let index: ConflictIndex | null = null;
let audienceIndex: AudienceIndex | null = null;
let accounts: ConflictAccount[] = [];
let accountsStamp = -1;
/** The motions, read here (big rows: read and sent by the window, a long task there). */
let motions: Motion[] = [];
let motionsStamp = -1;
/** The fields people are matched to accounts by, in the order of `accounts`. */
let matchAccounts: MatchAccount[] = [];
let contacts: Contact[] = [];
let contactsStamp = -1;
let people: ConflictPerson[] = [];
let peopleKey = '';
/** The accounts and contacts stamps and persona rules `people` was matched with. */
let matchedStamps: [number, number] = [-1, -1];
let matchedRules = '';
let contextKey = '';
const motionKeys = new Map<string, string>();
const summaries = new SummaryBuilder();
/** The last run's summary in parts, which the window reads one call at a time (summaryPart). */
let parts: SummaryPart[] = [];

/** One detection run. The client sends one plan at a time, the latest it has. */
async function sync(msg: SyncPlan, context: CallContext<DetectionEvent>): Promise<SyncResult> {
  const started = performance.now();
  if (msg.motionsStamp !== motionsStamp) {
    motions = await readAll('motions');
    motionsStamp = msg.motionsStamp;
  }
  const key = JSON.stringify([msg.blackouts, msg.settings]);
  let full = !index || key !== contextKey;
  if (msg.accountsStamp !== accountsStamp) {
    const previous = accounts;
    const rows = await readAll('accounts');
    accounts = rows.map(({ id, name, status, tier, tags, primaryTeam }) => ({
      id,
      name,
      status,
      tier,
      tags,
      primaryTeam,
    }));
    matchAccounts = rows;
    audienceIndex = buildAudienceIndex(accounts);
    accountsStamp = msg.accountsStamp;
    const changed = full || !index ? null : changedAccounts(previous, accounts);
    if (changed === null) full = true;
    else for (const a of changed) updateAccount(index as ConflictIndex, a);
  }
  let rematch = msg.accountsStamp !== matchedStamps[0] || msg.contactsStamp !== matchedStamps[1];
  if (msg.contactsStamp !== contactsStamp) {
    contacts = await readAll('contacts');
    contactsStamp = msg.contactsStamp;
  }
  const rules = JSON.stringify(msg.settings.personaRules);
  if (rules !== matchedRules) rematch = true;
  // People follow the accounts (matching), the contacts and the persona rules: a change of
  // who is matched where, or of a persona or opt-out, is a full detection.
  if (rematch) {
    people = conflictPeople(matchAccounts, contacts, msg.settings.personaRules);
    matchedStamps = [msg.accountsStamp, msg.contactsStamp];
    matchedRules = rules;
    const nextPeopleKey = peopleKeyOf(people);
    if (nextPeopleKey !== peopleKey) full = true;
    peopleKey = nextPeopleKey;
  }
  const audiences = audienceIndex as AudienceIndex;
  const resolve = (m: Motion) => resolveAudience(audiences, m.audience);
  // A planner Accept edits hundreds of motions: re-sweeping each one's audience took ~100 s
  // at full size where a full detection takes ~1 s (motionEdits.ts).
  const changes = full ? null : motionEdits(index as ConflictIndex, motions, motionKeys, resolve);
  if (changes && fullDetectionIsQuicker(changes.sweeps, accounts.length)) full = true;
  if (full || !changes) {
    index = new ConflictIndex(
      {
        accounts,
        motions: motions,
        audiences: motions.map(resolve),
        blackouts: msg.blackouts,
        settings: msg.settings,
        people,
      },
      (done, total) => context.emit({ fraction: total ? done / total : 1 }),
    );
    contextKey = key;
    summaries.clear();
    motionKeys.clear();
    for (const m of motions) motionKeys.set(m.id, motionKey(m));
  } else {
    const idx = index as ConflictIndex;
    for (const e of changes.edits) {
      summaries.forgetMotion(idx.motionPosition(e.id));
      idx.updateMotion(e.id, e.motion, e.audience);
      if (e.key === null) motionKeys.delete(e.id);
      else motionKeys.set(e.id, e.key);
    }
  }
  const kept: SummaryPart[] = [];
  const summary = sendInParts(summaries.summarize(index as ConflictIndex), (part) =>
    kept.push(part),
  );
  parts = kept;
  return {
    summary,
    parts: kept.length,
    ms: performance.now() - started,
    incremental: !full,
  };
}

/** A short fingerprint of the people as the rule reads them (positions, personas, opt-outs). */
function peopleKeyOf(list: readonly ConflictPerson[]): string {
  let h = 0x811c9dc5;
  const mix = (n: number) => (h = Math.imul(h ^ n, 16777619));
  for (const p of list) {
    mix(p.account);
    mix((p.emailOptOut ? 1 : 0) | (p.doNotCall ? 2 : 0) | (p.hasEmail ? 4 : 0));
    for (let k = 0; k < p.persona.length; k++) mix(p.persona.charCodeAt(k));
    for (let k = 0; k < p.name.length; k++) mix(p.name.charCodeAt(k));
  }
  return `${list.length}:${h >>> 0}`;
}

/** Accounts whose rule fields changed, or null when ids moved or too many changed to patch. */
function changedAccounts(
  before: readonly ConflictAccount[],
  after: readonly ConflictAccount[],
): ConflictAccount[] | null {
  if (before.length !== after.length) return null;
  const out: ConflictAccount[] = [];
  for (let i = 0; i < after.length; i++) {
    const a = after[i]!;
    const b = before[i]!;
    if (a.id !== b.id) return null;
    if (accountKey(a) === accountKey(b)) continue;
    out.push(a);
    if (out.length > MAX_PATCHED_ACCOUNTS) return null;
  }
  return out;
}

function accountKey(a: ConflictAccount): string {
  return JSON.stringify([a.name, a.status, a.tier, a.tags, a.primaryTeam]);
}

/** Re-sweeps one account, with its memberships from the motions the index holds now. */
function updateAccount(idx: ConflictIndex, account: ConflictAccount): void {
  const memberOf: number[] = [];
  idx.plan.motions.forEach((m, i) => {
    if (m && audienceHolds(m.audience, account)) memberOf.push(i);
  });
  idx.updateAccount(account, memberOf);
}

// Drill-downs answer null before the first run (no index yet) and for a group that is gone.
const handlers = {
  sync,
  /** Part `index` of the last run's summary (the window reads them after its result). */
  summaryPart: (index: number): SummaryPart | null => parts[index] ?? null,
  groupAccounts(ask: {
    ref: GroupRef;
    tiers: number[] | null;
    limit: number;
  }): GroupAccountsReply | null {
    const idx = index;
    if (!idx) return null;
    const found = groupAccounts(idx, ask.ref, ask.tiers);
    return {
      total: found.length,
      accounts: found.slice(0, ask.limit).map((i) => accountRow(idx, i)),
      ids: found.map((i) => idx.plan.accounts[i]!.id),
    };
  },
  group(ask: { ref: GroupRef; rule: GroupSummary['rule'] }): ConflictGroup | null {
    const idx = index;
    if (!idx) return null;
    const slot = idx.groups.find(...ask.ref);
    const count = slot < 0 ? 0 : idx.groups.total(slot, null);
    // A ref from an older summary may name a group that is gone by now.
    if (count <= 0 || !rulesOf(idx.plan, ...ask.ref).includes(ask.rule)) return null;
    return groupOf(idx, ask.ref, ask.rule, count);
  },
  accountConflicts(ask: {
    accountId: string;
  }): { account: AccountRow; conflicts: Conflict[] } | null {
    const idx = index;
    const i = idx?.accountPosition(ask.accountId);
    if (!idx || i === undefined) return null;
    return { account: accountRow(idx, i), conflicts: accountConflicts(idx, i) };
  },
  /** What each resolution would clear and create, tried on the index and taken back. */
  previews(ask: {
    ref: GroupRef;
    tiers: number[] | null;
    resolutions: Resolution[];
  }): ResolutionPreview[] | null {
    const idx = index;
    if (!idx) return null;
    // The same accounts the resolution will be applied to (GroupDetail asks groupAccounts).
    const positions = groupAccounts(idx, ask.ref, ask.tiers);
    return ask.resolutions.map((r): ResolutionPreview => {
      const started = performance.now();
      const change = resolutionChange(idx, r, positions);
      if (!change) return null;
      return { ...previewChange(idx, change), ms: performance.now() - started };
    });
  },
  conflictRows(ask: {
    groups: { ref: GroupRef; rule: GroupSummary['rule'] }[];
    tiers: number[] | null;
    limit: number;
  }): (Conflict & { accountName: string })[] | null {
    const idx = index;
    if (!idx) return null;
    const rows: (Conflict & { accountName: string })[] = [];
    const cache: PartsCache = new Map();
    for (const g of ask.groups) {
      for (const i of groupAccounts(idx, g.ref, ask.tiers)) {
        if (rows.length >= ask.limit) return rows;
        const c = conflictOf(idx, g.ref, g.rule, i, cache);
        rows.push({ ...c, accountName: idx.plan.accounts[i]!.name });
      }
    }
    return rows;
  },
};

/** What the window may ask this worker: the types of conflictsClient's calls. */
export type ConflictsWorker = typeof handlers;

serve(handlers);
