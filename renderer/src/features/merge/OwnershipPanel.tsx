/**
 * Who wins a conflict by default: the user links parts of the workspace (marketing motions,
 * tiers, owners…) to activities of a RACI grid and says which team each copy is; the
 * activity's Accountable role then wins that part (shared/merge/ownership.ts). The links are
 * remembered on this computer, so the next merge starts from them.
 */
import { useEffect, useMemo } from 'react';
import type { RaciGrid } from '../../../../shared/domain/types';
import type { OwnershipDefault } from '../../../../shared/merge/applyMergeDecisions';
import { ownershipDefaults, type OwnershipLink } from '../../../../shared/merge/ownership';

export interface OwnershipChoice {
  gridId: string;
  mine: string;
  theirs: string;
  /** Part id → activity id ('' when not linked). */
  links: Record<string, string>;
}

const PARTS: { id: string; label: string; link: Omit<OwnershipLink, 'activityId'> }[] = [
  {
    id: 'marketing-motions',
    label: 'Marketing motions',
    link: { table: 'motions', motionSide: 'marketing' },
  },
  { id: 'sales-motions', label: 'Sales motions', link: { table: 'motions', motionSide: 'sales' } },
  { id: 'tiers', label: 'Account tiers', link: { table: 'accounts', field: 'tier' } },
  { id: 'owners', label: 'Account owners', link: { table: 'accounts', field: 'owner' } },
  {
    id: 'primary',
    label: 'Primary outreach teams',
    link: { table: 'accounts', field: 'primaryTeam' },
  },
  { id: 'blackouts', label: 'Blackouts', link: { table: 'blackouts' } },
];

const STORAGE_KEY = 'abm:mergeOwnership';

export function loadOwnership(grids: readonly RaciGrid[]): OwnershipChoice {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as OwnershipChoice | null;
    if (saved && grids.some((g) => g.id === saved.gridId)) return saved;
  } catch {
    // A damaged entry starts from nothing.
  }
  return { gridId: grids[0]?.id ?? '', mine: '', theirs: '', links: {} };
}

export function ownershipOf(
  grids: readonly RaciGrid[],
  choice: OwnershipChoice,
): { defaults: OwnershipDefault[]; unused: string[] } {
  const grid = grids.find((g) => g.id === choice.gridId);
  if (!grid || !choice.mine || !choice.theirs) return { defaults: [], unused: [] };
  const links: OwnershipLink[] = [];
  for (const part of PARTS) {
    const activityId = choice.links[part.id];
    if (activityId) links.push({ ...part.link, activityId });
  }
  return ownershipDefaults(grid, links, { mine: choice.mine, theirs: choice.theirs });
}

export function OwnershipPanel({
  grids,
  choice,
  onChange,
}: {
  grids: readonly RaciGrid[];
  choice: OwnershipChoice;
  onChange: (next: OwnershipChoice) => void;
}) {
  useEffect(() => localStorage.setItem(STORAGE_KEY, JSON.stringify(choice)), [choice]);
  const grid = grids.find((g) => g.id === choice.gridId);
  const rules = useMemo(() => ownershipOf(grids, choice), [grids, choice]);
  if (grids.length === 0) {
    return (
      <p className="merge-muted">No RACI grid in this workspace, so no one wins by default.</p>
    );
  }
  const roles = grid?.roles ?? [];
  return (
    <details className="merge-ownership">
      <summary>Who wins by default (from a RACI grid’s Accountable role)</summary>
      <div className="merge-ownership-teams">
        <label>
          RACI grid{' '}
          <select
            value={choice.gridId}
            onChange={(e) => onChange({ ...choice, gridId: e.target.value, links: {} })}
          >
            {grids.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </label>
        {(['mine', 'theirs'] as const).map((side) => (
          <label key={side}>
            {side === 'mine' ? 'This copy is' : 'Their copy is'}{' '}
            <select
              value={choice[side]}
              onChange={(e) => onChange({ ...choice, [side]: e.target.value })}
            >
              <option value="">(choose a role)</option>
              {roles.map((r) => (
                <option key={r.id} value={r.name}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <table className="merge-table">
        <caption>Parts of the workspace and the activity whose Accountable role owns them</caption>
        <tbody>
          {PARTS.map((part) => (
            <tr key={part.id}>
              <th scope="row">{part.label}</th>
              <td>
                <select
                  aria-label={`Activity that owns ${part.label}`}
                  value={choice.links[part.id] ?? ''}
                  onChange={(e) =>
                    onChange({ ...choice, links: { ...choice.links, [part.id]: e.target.value } })
                  }
                >
                  <option value="">Not linked</option>
                  {(grid?.activities ?? []).map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.name}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="merge-ownership-rules">
        {rules.defaults.map((d) => (
          <li key={`${d.table}.${d.field ?? ''}.${d.motionSide ?? ''}`}>
            {d.reason} {d.winner === 'mine' ? 'This copy wins' : 'Their copy wins'}.
          </li>
        ))}
        {rules.unused.map((u) => (
          <li key={u} className="merge-muted">
            {u}
          </li>
        ))}
      </ul>
    </details>
  );
}
