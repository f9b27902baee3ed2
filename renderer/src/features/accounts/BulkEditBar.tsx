/**
 * Bulk edit of the selected accounts: tier, owner, status, primary outreach team, tags.
 * The owner is picked from the owner directory (any other name still goes) and brings the
 * person's e-mail. Whatever is applied is one commit — one undo step — even for 100,000 rows.
 * It is written as a field edit (bulkFieldEdit.ts: the fields it sets, not whole rows), in
 * chunks, with progress; the bar's buttons stay disabled until the write is done, so a
 * second click cannot start a second edit.
 */
import { useState } from 'react';
import type { Account } from '../../../../shared/domain/types';
import { ownerLabel, type OwnerDirectory } from '../../../../shared/owners';
import { commitFieldEdit } from '../../store/changes';
import { useUiStore } from '../../store/uiStore';
import { bulkFieldEdit, choosesNothing } from './bulkFieldEdit';

/** Share of the progress bar for building the per-row values; the write takes the rest. */
const BUILD_SHARE = 0.2;

const KEEP = '';

export function BulkEditBar(props: {
  selected: Account[];
  owners: OwnerDirectory;
  /** Owner names on accounts that the directory does not hold. */
  otherOwners: string[];
  onRemove: () => void;
  onApplySuggested: () => void;
  /** Set while another bulk write (suggested tiers) runs: the bar's buttons wait for it. */
  busy?: boolean;
}) {
  const [progress, setProgress] = useState<number | null>(null);
  const running = progress !== null || props.busy === true;
  const [tier, setTier] = useState(KEEP);
  const [status, setStatus] = useState(KEEP);
  const [team, setTeam] = useState(KEEP);
  const [owner, setOwner] = useState('');
  const [addTags, setAddTags] = useState('');
  const [removeTags, setRemoveTags] = useState('');
  const notify = useUiStore((s) => s.notify);
  const n = props.selected.length;

  const apply = async () => {
    const choices = { tier, status, team, owner, addTags, removeTags };
    if (choosesNothing(choices)) {
      notify('info', 'Choose what to change first.');
      return;
    }
    setProgress(0);
    try {
      const edit = await bulkFieldEdit(
        props.selected,
        choices,
        props.owners,
        new Date().toISOString(),
        (done) => setProgress((BUILD_SHARE * done) / n),
      );
      await commitFieldEdit(`Bulk edit ${n.toLocaleString()} accounts`, edit, {
        onProgress: (done, total) => setProgress(BUILD_SHARE + (1 - BUILD_SHARE) * (done / total)),
      });
    } catch (e) {
      notify('error', e instanceof Error ? e.message : String(e));
      return;
    } finally {
      setProgress(null);
    }
    notify('ok', `Updated ${n.toLocaleString()} accounts. Undo reverts all of them.`);
    setTier(KEEP);
    setStatus(KEEP);
    setTeam(KEEP);
    setOwner('');
    setAddTags('');
    setRemoveTags('');
  };

  return (
    <form
      className="bulk-edit"
      aria-label="Bulk edit"
      aria-busy={running}
      onSubmit={(e) => {
        e.preventDefault();
        if (!running) void apply();
      }}
    >
      <strong>{n.toLocaleString()} selected</strong>
      <label>
        Tier
        <select aria-label="Bulk tier" value={tier} onChange={(e) => setTier(e.target.value)}>
          <option value={KEEP}>keep</option>
          <option value="1">Tier 1</option>
          <option value="2">Tier 2</option>
          <option value="3">Tier 3</option>
          <option value="none">no tier</option>
        </select>
      </label>
      <label>
        Status
        <select aria-label="Bulk status" value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value={KEEP}>keep</option>
          <option value="target">target</option>
          <option value="candidate">candidate</option>
        </select>
      </label>
      <label>
        Primary team
        <select
          aria-label="Bulk primary team"
          value={team}
          onChange={(e) => setTeam(e.target.value)}
        >
          <option value={KEEP}>keep</option>
          <option value="sales">sales</option>
          <option value="marketing">marketing</option>
          <option value="none">not decided</option>
        </select>
      </label>
      <label>
        Owner
        <input
          aria-label="Bulk owner"
          list="account-owners"
          value={owner}
          onChange={(e) => setOwner(e.target.value)}
          size={14}
        />
      </label>
      <datalist id="account-owners">
        {props.owners.owners.map((o) => (
          <option key={o.id} value={ownerLabel(o)}>
            {o.name && o.email ? o.email : ''}
          </option>
        ))}
        {props.otherOwners.map((name) => (
          <option key={`other:${name}`} value={name} />
        ))}
      </datalist>
      <label>
        Add tags
        <input
          aria-label="Add tags"
          value={addTags}
          onChange={(e) => setAddTags(e.target.value)}
          size={10}
        />
      </label>
      <label>
        Remove tags
        <input
          aria-label="Remove tags"
          value={removeTags}
          onChange={(e) => setRemoveTags(e.target.value)}
          size={10}
        />
      </label>
      <button type="submit" className="primary" disabled={running}>
        Apply to {n.toLocaleString()}
      </button>
      <button type="button" onClick={props.onApplySuggested} disabled={running}>
        Apply suggested tiers
      </button>
      <button type="button" className="danger" onClick={props.onRemove} disabled={running}>
        Remove…
      </button>
      {progress !== null && (
        <label className="bulk-progress">
          Updating {n.toLocaleString()} accounts
          <progress aria-label="Bulk edit progress" max={1} value={progress} />
        </label>
      )}
    </form>
  );
}
