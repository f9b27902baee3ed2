/**
 * What the month grid opens: every motion of one week (behind its "+N more"), and the
 * accounts an account or segment blackout covers. Both are dialogs, reachable by keyboard.
 */
import type { Account, Blackout, Motion } from '../../../../shared/domain/types';
import { formatDateRange } from '../../../../shared/dates/parseUserDate';
import { countOf } from '../../../../shared/text/countOf';
import { barLabel } from './Bar';
import { Dialog } from './Dialog';
import { blackoutScopeLabel } from './TimelineChrome';

const ACCOUNT_ROWS = 200;

interface WeekProps {
  title: string;
  motions: Motion[];
  sizes: ReadonlyMap<string, number>;
  onEdit: (motion: Motion) => void;
  onClose: () => void;
}

export function WeekMotionsDialog({ title, motions, sizes, onEdit, onClose }: WeekProps) {
  return (
    <Dialog title={title} onClose={onClose}>
      <ul className="cal-week-list" aria-label={title}>
        {motions.map((m) => (
          <li key={m.id}>
            <span className="cal-swatch" style={{ background: m.color || 'var(--accent)' }} />
            <button type="button" className="link" onClick={() => onEdit(m)}>
              {barLabel(m, sizes.get(m.id))}
            </button>{' '}
            <span className="muted">
              {m.team} · {m.channel}
            </span>
          </li>
        ))}
      </ul>
      <div className="cal-dialog-actions">
        <span className="spacer" />
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}

/** "Blackout: Segment smb — SMB pricing change freeze, Dec 21 – Dec 27, 2026". */
export function blackoutText(b: Blackout, accountsById: ReadonlyMap<string, Account> | null) {
  return `Blackout: ${blackoutScopeLabel(b, accountsById)} — ${b.reason || 'no reason given'}, ${formatDateRange(b.start, b.end)}`;
}

interface BlackoutProps {
  blackout: Blackout;
  accounts: Account[];
  accountsById: ReadonlyMap<string, Account> | null;
  onClose: () => void;
}

export function BlackoutAccountsDialog({
  blackout,
  accounts,
  accountsById,
  onClose,
}: BlackoutProps) {
  const title = blackoutText(blackout, accountsById);
  return (
    <Dialog title={title} onClose={onClose}>
      <p>
        No motion may touch {countOf(accounts.length, 'account')} in these days
        {blackout.scope.kind === 'segment'
          ? ` (every account tagged “${blackout.scope.segment}”)`
          : ''}
        .
      </p>
      <ul className="cal-week-list" aria-label="Accounts this blackout covers">
        {accounts.slice(0, ACCOUNT_ROWS).map((a) => (
          <li key={a.id}>
            <a href={`#/calendar?account=${encodeURIComponent(a.id)}`} onClick={onClose}>
              {a.name || a.id}
            </a>{' '}
            <span className="muted">
              {a.domain} · {a.tier ? `Tier ${a.tier}` : 'no tier'} · {a.status}
            </span>
          </li>
        ))}
      </ul>
      {accounts.length > ACCOUNT_ROWS && (
        <p className="muted">
          Showing {ACCOUNT_ROWS} of {accounts.length.toLocaleString('en-US')} accounts.
        </p>
      )}
      <div className="cal-dialog-actions">
        <span className="spacer" />
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
