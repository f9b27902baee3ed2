/**
 * The ICP profile editor: weighted criteria and tier thresholds. Scores and suggested tiers
 * in the grid follow every keystroke (the grid reads the draft); Save stores the profile and
 * the recomputed scores in one undo step.
 */
import type { Account, IcpCriterion, IcpProfile } from '../../../../shared/domain/types';
import { icpScorer, suggestTier, REGIONS } from '../../../../shared/accounts';
import { commit } from '../../store/changes';
import { useUiStore } from '../../store/uiStore';

export const DEFAULT_PROFILE: Omit<IcpProfile, 'id'> = {
  name: 'Ideal customer profile',
  criteria: [
    { kind: 'industry', weight: 40, values: [] },
    { kind: 'employees', weight: 30, min: 200, max: null },
    { kind: 'revenue', weight: 30, min: 10_000_000, max: null },
  ],
  thresholds: { tier1: 80, tier2: 50 },
};

const KINDS: { kind: IcpCriterion['kind']; label: string }[] = [
  { kind: 'industry', label: 'Industry in' },
  { kind: 'employees', label: 'Employees between' },
  { kind: 'revenue', label: 'Revenue between' },
  { kind: 'region', label: 'Region or country in' },
  { kind: 'tag', label: 'Has a tag' },
];

function blank(kind: IcpCriterion['kind']): IcpCriterion {
  return kind === 'employees' || kind === 'revenue'
    ? { kind, weight: 10, min: null, max: null }
    : { kind, weight: 10, values: [] };
}

const num = (v: string): number | null =>
  v.trim() === '' || Number.isNaN(Number(v)) ? null : Number(v);

export function IcpPanel(props: {
  draft: IcpProfile;
  accounts: Account[];
  onChange: (p: IcpProfile) => void;
}) {
  const { draft, onChange } = props;
  const notify = useUiStore((s) => s.notify);
  const setCriterion = (i: number, c: IcpCriterion) =>
    onChange({ ...draft, criteria: draft.criteria.map((x, j) => (j === i ? c : x)) });
  const score = icpScorer(draft);
  const counts = [0, 0, 0];
  for (const a of props.accounts) {
    if (a.status === 'removed') continue;
    const t = suggestTier(score(a), draft.thresholds);
    if (t) counts[t - 1] = (counts[t - 1] ?? 0) + 1;
  }

  const save = async () => {
    const now = new Date().toISOString();
    const rescored = props.accounts.flatMap((a) => {
      const s = score(a);
      return s === a.icpScore ? [] : [{ ...a, icpScore: s, updatedAt: now }];
    });
    await commit('Save ICP profile', {
      icpProfiles: { put: [draft] },
      accounts: { put: rescored },
    });
    notify('ok', `ICP profile saved; ${rescored.length.toLocaleString()} scores changed.`);
  };

  return (
    <section className="side-panel" aria-labelledby="icp-heading">
      <h2 id="icp-heading">ICP profile</h2>
      <label>
        Name
        <input
          aria-label="Profile name"
          value={draft.name}
          onChange={(e) => onChange({ ...draft, name: e.target.value })}
        />
      </label>
      <ol className="criteria">
        {draft.criteria.map((c, i) => (
          <li key={i} aria-label={`Criterion ${i + 1}`}>
            <select
              aria-label={`Criterion ${i + 1} kind`}
              value={c.kind}
              onChange={(e) => setCriterion(i, blank(e.target.value as IcpCriterion['kind']))}
            >
              {KINDS.map((k) => (
                <option key={k.kind} value={k.kind}>
                  {k.label}
                </option>
              ))}
            </select>
            {'values' in c ? (
              <input
                aria-label={`Criterion ${i + 1} values`}
                placeholder={c.kind === 'region' ? REGIONS.join(', ') : 'comma-separated'}
                value={c.values.join(', ')}
                onChange={(e) =>
                  setCriterion(i, { ...c, values: e.target.value.split(',').map((v) => v.trim()) })
                }
              />
            ) : (
              <span className="range">
                <input
                  aria-label={`Criterion ${i + 1} minimum`}
                  inputMode="numeric"
                  size={9}
                  value={c.min ?? ''}
                  onChange={(e) => setCriterion(i, { ...c, min: num(e.target.value) })}
                />
                –
                <input
                  aria-label={`Criterion ${i + 1} maximum`}
                  inputMode="numeric"
                  size={9}
                  value={c.max ?? ''}
                  onChange={(e) => setCriterion(i, { ...c, max: num(e.target.value) })}
                />
              </span>
            )}
            <label>
              weight
              <input
                aria-label={`Criterion ${i + 1} weight`}
                type="number"
                min={0}
                max={100}
                value={c.weight}
                onChange={(e) => setCriterion(i, { ...c, weight: Number(e.target.value) || 0 })}
              />
            </label>
            <button
              type="button"
              aria-label={`Delete criterion ${i + 1}`}
              onClick={() =>
                onChange({ ...draft, criteria: draft.criteria.filter((_, j) => j !== i) })
              }
            >
              ✕
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() => onChange({ ...draft, criteria: [...draft.criteria, blank('tag')] })}
      >
        Add criterion
      </button>
      <fieldset>
        <legend>Suggested tier thresholds</legend>
        <label>
          Tier 1 at score ≥
          <input
            aria-label="Tier 1 threshold"
            type="number"
            min={0}
            max={100}
            value={draft.thresholds.tier1}
            onChange={(e) =>
              onChange({
                ...draft,
                thresholds: { ...draft.thresholds, tier1: Number(e.target.value) },
              })
            }
          />
        </label>
        <label>
          Tier 2 at score ≥
          <input
            aria-label="Tier 2 threshold"
            type="number"
            min={0}
            max={100}
            value={draft.thresholds.tier2}
            onChange={(e) =>
              onChange({
                ...draft,
                thresholds: { ...draft.thresholds, tier2: Number(e.target.value) },
              })
            }
          />
        </label>
      </fieldset>
      <p role="status">
        Suggested: Tier 1 {counts[0]?.toLocaleString()}, Tier 2 {counts[1]?.toLocaleString()}, Tier
        3 {counts[2]?.toLocaleString()}
      </p>
      <button type="button" className="primary" onClick={() => void save()}>
        Save profile
      </button>
    </section>
  );
}
