/**
 * Duplicate-outreach detection off the UI thread. Holds the ConflictIndex; reads accounts from
 * the store itself (100,000 rows never cross the thread boundary); on each sync either
 * re-detects in full (blackouts or settings changed, accounts added or removed, the first
 * run) or re-sweeps only the motions and accounts that changed, then posts a summary the UI
 * lists and counts from.
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
import type { ConflictAccount, PartsCache } from '../../../../shared/conflicts';
import { buildAudienceIndex, resolveAudience } from '../../../../shared/motions/audience';
import type { AudienceIndex } from '../../../../shared/motions/audience';
import type { Motion } from '../../../../shared/domain/types';
import { db } from '../../store/db';
import { SummaryBuilder, accountRow } from './summaryBuilder';
import type {
  FromWorker,
  GroupAccountsReply,
  ResolutionPreview,
  ToWorker,
} from './conflictsProtocol';

const post = (message: FromWorker) => self.postMessage(message);
/** Beyond this many changed accounts a full detection is as quick as patching. */
const MAX_PATCHED_ACCOUNTS = 5_000;

let index: ConflictIndex | null = null;
let audienceIndex: AudienceIndex | null = null;
let accounts: ConflictAccount[] = [];
let accountsStamp = -1;
let contextKey = '';
const motionKeys = new Map<string, string>();
const summaries = new SummaryBuilder();

async function sync(msg: Extract<ToWorker, { type: 'sync' }>): Promise<void> {
  const started = performance.now();
  const key = JSON.stringify([msg.blackouts, msg.settings]);
  let full = !index || key !== contextKey;
  if (msg.accountsStamp !== accountsStamp) {
    const previous = accounts;
    accounts = (await db.accounts.toArray()).map(
      ({ id, name, status, tier, tags, primaryTeam }) => ({
        id,
        name,
        status,
        tier,
        tags,
        primaryTeam,
      }),
    );
    audienceIndex = buildAudienceIndex(accounts);
    accountsStamp = msg.accountsStamp;
    const changed = full || !index ? null : changedAccounts(previous, accounts);
    if (changed === null) full = true;
    else for (const a of changed) updateAccount(index as ConflictIndex, a);
  }
  const audiences = audienceIndex as AudienceIndex;
  if (full) {
    index = new ConflictIndex(
      {
        accounts,
        motions: msg.motions,
        audiences: msg.motions.map((m) => resolveAudience(audiences, m.audience)),
        blackouts: msg.blackouts,
        settings: msg.settings,
      },
      (done, total) => post({ type: 'progress', fraction: total ? done / total : 1 }),
    );
    contextKey = key;
    summaries.clear();
    motionKeys.clear();
    for (const m of msg.motions) motionKeys.set(m.id, motionKey(m));
  } else {
    const idx = index as ConflictIndex;
    const seen = new Set<string>();
    for (const m of msg.motions) {
      seen.add(m.id);
      const k = motionKey(m);
      if (motionKeys.get(m.id) === k) continue;
      summaries.forgetMotion(idx.motionPosition(m.id));
      idx.updateMotion(m.id, m, resolveAudience(audiences, m.audience));
      motionKeys.set(m.id, k);
    }
    for (const id of [...motionKeys.keys()]) {
      if (seen.has(id)) continue;
      summaries.forgetMotion(idx.motionPosition(id));
      idx.updateMotion(id, null, null);
      motionKeys.delete(id);
    }
  }
  post({
    type: 'summary',
    summary: summaries.summarize(index as ConflictIndex),
    ms: performance.now() - started,
    incremental: !full,
  });
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

/** What the rules read of a motion; other edits (budget, colour) need no re-detection. */
function motionKey(m: Motion): string {
  const { id, name, team, channel, start, end, touchesPerWeek, theme, status, audience } = m;
  return JSON.stringify([
    id,
    name,
    team,
    channel,
    start,
    end,
    touchesPerWeek,
    theme,
    status,
    audience,
  ]);
}

function answer(msg: Exclude<ToWorker, { type: 'sync' }>): unknown {
  const idx = index;
  if (!idx) return null;
  switch (msg.type) {
    case 'groupAccounts': {
      const found = groupAccounts(idx, msg.ref, msg.tiers);
      const reply: GroupAccountsReply = {
        total: found.length,
        accounts: found.slice(0, msg.limit).map((i) => accountRow(idx, i)),
        ids: found.map((i) => idx.plan.accounts[i]!.id),
      };
      return reply;
    }
    case 'group': {
      const slot = idx.groups.find(...msg.ref);
      const count = slot < 0 ? 0 : idx.groups.total(slot, null);
      // A ref from an older summary may name a group that is gone by now.
      if (count <= 0 || !rulesOf(idx.plan, ...msg.ref).includes(msg.rule)) return null;
      return groupOf(idx, msg.ref, msg.rule, count);
    }
    case 'accountConflicts': {
      const i = idx.accountPosition(msg.accountId);
      return i === undefined
        ? null
        : { account: accountRow(idx, i), conflicts: accountConflicts(idx, i) };
    }
    case 'previews': {
      // The same accounts the resolution will be applied to (GroupDetail asks groupAccounts).
      const positions = groupAccounts(idx, msg.ref, msg.tiers);
      return msg.resolutions.map((r): ResolutionPreview => {
        const started = performance.now();
        const change = resolutionChange(idx, r, positions);
        if (!change) return null;
        return { ...previewChange(idx, change), ms: performance.now() - started };
      });
    }
    case 'conflictRows': {
      const rows = [];
      const cache: PartsCache = new Map();
      for (const g of msg.groups) {
        for (const i of groupAccounts(idx, g.ref, msg.tiers)) {
          if (rows.length >= msg.limit) return rows;
          const c = conflictOf(idx, g.ref, g.rule, i, cache);
          rows.push({ ...c, accountName: idx.plan.accounts[i]!.name });
        }
      }
      return rows;
    }
  }
}

let pendingSync: Extract<ToWorker, { type: 'sync' }> | null = null;
let running = false;

async function drain(): Promise<void> {
  if (running) return;
  running = true;
  try {
    while (pendingSync) {
      const next = pendingSync;
      pendingSync = null;
      await sync(next);
    }
  } catch (e) {
    post({ type: 'failed', requestId: null, message: e instanceof Error ? e.message : String(e) });
  } finally {
    running = false;
  }
}

self.onmessage = (e: MessageEvent<ToWorker>) => {
  const msg = e.data;
  if (msg.type === 'sync') {
    // Only the latest plan matters: syncs that arrive while one runs collapse into one.
    pendingSync = msg;
    void drain();
    return;
  }
  try {
    post({ type: 'reply', requestId: msg.requestId, payload: answer(msg) });
  } catch (err) {
    post({
      type: 'failed',
      requestId: msg.requestId,
      message: err instanceof Error ? err.message : String(err),
    });
  }
};
