/**
 * The quarterly review: approve the live list as the TAL of the current fiscal quarter (a
 * quarter already approved is replaced only when the user confirms), then diff any two
 * snapshots (or a snapshot and the live list): added, removed with reasons, tier and owner
 * changes, and the turnover rate, warned past the budget.
 */
import { useState } from 'react';
import type { Account, TalSnapshot } from '../../../../shared/domain/types';
import { createSnapshot, diffSnapshots, snapshotEntries } from '../../../../shared/accounts';
import { fiscalQuarterOf } from '../../../../shared/dates/fiscal';
import { localToday } from '../../../../shared/dates/calendarDate';
import { commit } from '../../store/changes';
import { useSettings } from '../../store/settings';
import { askToConfirm, useUiStore } from '../../store/uiStore';

const targetsIn = (s: TalSnapshot) => s.entries.filter((e) => e.status === 'target').length;

/** Asks before replacing the quarter's approved TAL, showing its date and size. */
function confirmReplace(existing: TalSnapshot[], next: TalSnapshot): Promise<boolean> {
  const old = existing.at(-1);
  if (!old) return Promise.resolve(true);
  const size = (s: TalSnapshot) =>
    `${s.entries.length.toLocaleString()} accounts, ${targetsIn(s).toLocaleString()} targets`;
  return askToConfirm({
    title: `Replace the approved TAL for ${next.quarter}?`,
    message: `${next.quarter} already has a TAL approved on ${old.approvedAt.slice(0, 10)} by ${old.approvedBy} (${size(old)}). Approving again replaces it with the live list (${size(next)}). Undo brings the earlier one back.`,
    confirmLabel: 'Replace snapshot',
  });
}

const LIVE = 'live';

export function ReviewPanel({
  accounts,
  snapshots,
}: {
  accounts: Account[];
  snapshots: TalSnapshot[];
}) {
  const settings = useSettings();
  const notify = useUiStore((s) => s.notify);
  const quarter = fiscalQuarterOf(localToday(), settings.fiscalYearStartMonth);
  const latest = snapshots[snapshots.length - 1];
  const [fromId, setFromId] = useState<string>('');
  const [toId, setToId] = useState<string>(LIVE);
  const from = snapshots.find((s) => s.id === fromId) ?? latest;
  const toEntries =
    toId === LIVE
      ? snapshotEntries(accounts)
      : (snapshots.find((s) => s.id === toId)?.entries ?? []);
  const diff = from ? diffSnapshots(from.entries, toEntries, settings.turnoverBudgetPercent) : null;

  const approve = async () => {
    const snapshot = createSnapshot(accounts, {
      id: crypto.randomUUID(),
      date: localToday(),
      fiscalYearStartMonth: settings.fiscalYearStartMonth,
      approvedAt: new Date().toISOString(),
      approvedBy: 'Sales Ops',
    });
    const existing = snapshots.filter((s) => s.quarter === snapshot.quarter);
    if (existing.length > 0 && !(await confirmReplace(existing, snapshot))) return;
    const replaced = existing.map((s) => s.id);
    await commit(`Approve TAL for ${snapshot.quarter}`, {
      talSnapshots: { put: [snapshot], delete: replaced },
    });
    setFromId(snapshot.id);
    setToId(LIVE);
    notify(
      'ok',
      `Approved the TAL for ${snapshot.quarter}: ${targetsIn(snapshot)} target accounts.`,
    );
  };

  return (
    <section className="side-panel" aria-labelledby="review-heading">
      <h2 id="review-heading">Quarterly review</h2>
      <button
        type="button"
        className="primary"
        onClick={() =>
          void approve().catch((e: unknown) =>
            notify('error', e instanceof Error ? e.message : String(e)),
          )
        }
      >
        Approve TAL for {quarter.label}
      </button>
      {snapshots.length === 0 ? (
        <p className="muted">No approved quarter yet.</p>
      ) : (
        <div className="compare">
          <label>
            Compare
            <select
              aria-label="Compare from"
              value={from?.id ?? ''}
              onChange={(e) => setFromId(e.target.value)}
            >
              {snapshots.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.quarter} (approved {s.approvedAt.slice(0, 10)})
                </option>
              ))}
            </select>
          </label>
          <label>
            with
            <select
              aria-label="Compare with"
              value={toId}
              onChange={(e) => setToId(e.target.value)}
            >
              <option value={LIVE}>the live list</option>
              {snapshots.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.quarter} (approved {s.approvedAt.slice(0, 10)})
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      {diff && (
        <div className="diff" aria-label="Snapshot differences">
          <p role="status" className={diff.overBudget ? 'warning' : undefined}>
            Turnover {diff.turnoverRate}% ({diff.beforeCount} → {diff.afterCount} targets)
            {diff.overBudget ? ` — over the ${settings.turnoverBudgetPercent}% budget` : ''}
          </p>
          <DiffList
            title="Added"
            items={diff.added.map((e) => `${e.name}${e.tier ? ` (Tier ${e.tier})` : ''}`)}
          />
          <DiffList
            title="Removed"
            items={diff.removed.map((r) => `${r.entry.name} — ${r.reason}`)}
          />
          <DiffList
            title="Tier changed"
            items={diff.tierChanged.map(
              (c) => `${c.after.name}: Tier ${c.before.tier ?? '—'} → Tier ${c.after.tier ?? '—'}`,
            )}
          />
          <DiffList
            title="Owner changed"
            items={diff.ownerChanged.map(
              (c) => `${c.after.name}: ${c.before.owner || '—'} → ${c.after.owner || '—'}`,
            )}
          />
        </div>
      )}
    </section>
  );
}

function DiffList({ title, items }: { title: string; items: string[] }) {
  return (
    <details open={items.length > 0 && items.length <= 50}>
      <summary>
        {title} ({items.length})
      </summary>
      <ul aria-label={title}>
        {items.slice(0, 500).map((item, i) => (
          <li key={i}>{item}</li>
        ))}
        {items.length > 500 && <li className="muted">…and {items.length - 500} more</li>}
      </ul>
    </details>
  );
}
