/**
 * The editor's headers: role columns and activity rows (click for details, drag to reorder,
 * marked when a finding concerns them) and the band that opens a phase.
 */
import type { RaciActivity, RaciRole } from '../../../../shared/domain/types';
import { moveActivity, moveRole } from '../../../../shared/raci/gridOps';
import type { RaciFinding } from '../../../../shared/raci/validate';
import { editGrid } from './raciData';

export type DetailsTarget =
  { kind: 'activity'; id: string } | { kind: 'role'; id: string } | { kind: 'phase'; name: string };

const DRAG_ROLE = 'application/x-raci-role';
const DRAG_ACTIVITY = 'application/x-raci-activity';

export function severityOf(findings: readonly RaciFinding[]): 'error' | 'warning' | null {
  if (findings.some((f) => f.severity === 'error')) return 'error';
  return findings.length > 0 ? 'warning' : null;
}

/** Findings by the row or column they point at; column findings only when not about a cell. */
export function findingsBy(
  findings: readonly RaciFinding[],
  key: 'activityId' | 'roleId',
): Map<string, RaciFinding[]> {
  const map = new Map<string, RaciFinding[]>();
  for (const f of findings) {
    const id = f[key];
    if (!id || (key === 'roleId' && f.activityId)) continue;
    map.set(id, [...(map.get(id) ?? []), f]);
  }
  return map;
}

const allowDrop = (type: string) => (e: React.DragEvent) => {
  if (e.dataTransfer.types.includes(type)) e.preventDefault();
};

interface HeaderProps<T> {
  gridId: string;
  item: T;
  index: number;
  findings: readonly RaciFinding[];
  current: boolean;
  onDetails: (target: DetailsTarget) => void;
}

export function RoleHeader({
  gridId,
  item: role,
  index,
  findings,
  current,
  onDetails,
}: HeaderProps<RaciRole>) {
  const sev = severityOf(findings);
  return (
    <th
      role="columnheader"
      scope="col"
      className={`raci-role-header${sev ? ` raci-flag-${sev}` : ''}${current ? ' is-current' : ''}`}
      draggable
      onDragStart={(e) => e.dataTransfer.setData(DRAG_ROLE, role.id)}
      onDragOver={allowDrop(DRAG_ROLE)}
      onDrop={(e) => {
        const id = e.dataTransfer.getData(DRAG_ROLE);
        if (!id) return;
        e.preventDefault();
        void editGrid(gridId, 'Move role', (g) => moveRole(g, id, index));
      }}
      title={findings.map((f) => f.message).join('\n') || undefined}
    >
      <button
        type="button"
        className="raci-header-button"
        aria-label={`Role ${role.name}`}
        onClick={() => onDetails({ kind: 'role', id: role.id })}
      >
        {role.name}
      </button>
    </th>
  );
}

export function ActivityHeader({
  gridId,
  item: activity,
  index,
  findings,
  current,
  onDetails,
}: HeaderProps<RaciActivity>) {
  const sev = severityOf(findings);
  return (
    <th
      role="rowheader"
      scope="row"
      className={`raci-activity-header${current ? ' is-current' : ''}`}
      draggable
      onDragStart={(e) => e.dataTransfer.setData(DRAG_ACTIVITY, activity.id)}
      onDragOver={allowDrop(DRAG_ACTIVITY)}
      onDrop={(e) => {
        const id = e.dataTransfer.getData(DRAG_ACTIVITY);
        if (!id) return;
        e.preventDefault();
        void editGrid(gridId, 'Move activity', (g) => moveActivity(g, id, index));
      }}
      title={findings.map((f) => f.message).join('\n') || undefined}
    >
      {sev && <span className={`raci-marker raci-marker-${sev}`} aria-hidden="true" />}
      <button
        type="button"
        className="raci-header-button"
        aria-label={`Activity ${activity.name}`}
        onClick={() => onDetails({ kind: 'activity', id: activity.id })}
      >
        {activity.name}
      </button>
      {activity.note && (
        <span className="raci-note-mark" title={activity.note}>
          note
        </span>
      )}
    </th>
  );
}

export function PhaseRow({
  phase,
  span,
  onDetails,
}: {
  phase: string;
  span: number;
  onDetails: (target: DetailsTarget) => void;
}) {
  return (
    <tr role="row" className="raci-phase-row">
      <th role="rowheader" colSpan={span} scope="rowgroup">
        <button
          type="button"
          className="raci-header-button"
          aria-label={`Phase ${phase}`}
          onClick={() => onDetails({ kind: 'phase', name: phase })}
        >
          {phase}
        </button>
      </th>
    </tr>
  );
}
