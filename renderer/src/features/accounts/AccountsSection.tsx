/**
 * The Accounts section: the target account list in a grid with search, saved views, bulk
 * edit, and side panels for the ICP profile, the owner directory, owners' capacity, the
 * quarterly review and possible duplicates;
 * imports start from the toolbar, a drop on the window, or startAccountImport().
 */
import { useCallback, useMemo, useState } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { Account, IcpProfile } from '../../../../shared/domain/types';
import { icpScorer, suggestTier } from '../../../../shared/accounts';
import { ownerDirectory, resolveOwner } from '../../../../shared/owners';
import type { OpenedFile } from '../../platform';
import { commitFieldEdit } from '../../store/changes';
import { useUiStore } from '../../store/uiStore';
import { AccountsGrid } from './grid/AccountsGrid';
import type { GridContext } from './grid/accountColumns';
import { BulkEditBar } from './BulkEditBar';
import { CapacityPanel } from './CapacityPanel';
import { DuplicatesPanel } from './duplicates/DuplicatesPanel';
import { DEFAULT_PROFILE, IcpPanel } from './IcpPanel';
import { OwnersPanel } from './owners/OwnersPanel';
import { ImportDialog } from './import/ImportDialog';
import { RemoveDialog } from './RemoveDialog';
import { ReviewPanel } from './ReviewPanel';
import { ViewsBar } from './ViewsBar';
import { useAccounts, useIcpProfiles, useOwners, useSnapshots } from './useAccounts';
import { pickImportFiles, useImportTriggers } from './useFileDrop';
import { useAccountConflictCounts } from '../conflicts/useConflictCounts';
import { mapInSlices } from './slicedWork';
import { useAccountCounts } from './accountCounts';
import { accountCountText, WAIT_FOR_LIST } from './accountsLoading';
import './accounts.css';

type Panel = 'none' | 'icp' | 'owners' | 'capacity' | 'review' | 'duplicates';
const PANELS: { id: Panel; label: string }[] = [
  { id: 'icp', label: 'ICP profile' },
  { id: 'owners', label: 'Owners' },
  { id: 'capacity', label: 'Capacity' },
  { id: 'review', label: 'Quarterly review' },
  { id: 'duplicates', label: 'Possible duplicates' },
];

export function AccountsSection() {
  const { accounts, complete, stored: storedCount, onFirstRowsShown } = useAccounts();
  const loading = !complete;
  const profiles = useIcpProfiles();
  const snapshots = useSnapshots() ?? [];
  const ownerRows = useOwners();
  const directory = useMemo(() => ownerDirectory(ownerRows ?? []), [ownerRows]);
  const [api, setApi] = useState<GridApi<Account> | null>(null);
  const [quickFilter, setQuickFilter] = useState('');
  const [selected, setSelected] = useState<Account[]>([]);
  const [panel, setPanel] = useState<Panel>('none');
  const [draft, setDraft] = useState<IcpProfile | null>(null);
  const [importFiles, setImportFiles] = useState<OpenedFile[] | null>(null);
  const [removing, setRemoving] = useState(false);
  const [suggesting, setSuggesting] = useState(false);
  const notify = useUiStore((s) => s.notify);
  const rows = useMemo(() => accounts ?? [], [accounts]);

  const conflicts = useAccountConflictCounts();
  const stored = profiles?.[0] ?? null;
  const profile = draft ?? stored;
  const context = useMemo<GridContext>(() => {
    const score = profile ? icpScorer(profile) : (a: Account) => a.icpScore;
    return {
      score,
      suggest: (s) => (profile ? suggestTier(s, profile.thresholds) : null),
      conflicts,
      owners: directory,
    };
  }, [profile, conflicts, directory]);

  const onFiles = useCallback((files: OpenedFile[]) => setImportFiles(files), []);
  const closeImport = useCallback(() => setImportFiles(null), []);
  useImportTriggers(onFiles);

  const openPanel = (p: Panel) => {
    setPanel((cur) => (cur === p ? 'none' : p));
    if (p === 'icp' && !draft) setDraft(stored ?? { id: crypto.randomUUID(), ...DEFAULT_PROFILE });
  };

  // Names on accounts the directory does not know yet: still offered in bulk edit, so
  // worked out only while the bar is shown (not after every edit of a list nobody selected).
  const barShown = selected.length > 0;
  const otherOwners = useMemo(() => {
    if (!barShown) return [];
    // Each distinct name resolved once: 100,000 rows hold a few hundred owners.
    const seen = new Set<string>();
    const known = new Set<string>();
    for (const a of rows) {
      if (!a.owner || known.has(a.owner) || seen.has(a.owner)) continue;
      if (resolveOwner(directory, a.owner)) known.add(a.owner);
      else seen.add(a.owner);
    }
    return [...seen].sort((a, b) => a.localeCompare(b));
  }, [rows, directory, barShown]);

  const applySuggested = async () => {
    if (!profile) return notify('info', 'Define an ICP profile first (ICP profile panel).');
    const score = icpScorer(profile);
    const now = new Date().toISOString();
    setSuggesting(true);
    try {
      const changed = await mapInSlices(selected, (a) => {
        const fit = score(a);
        const tier = suggestTier(fit, profile.thresholds);
        return tier === a.tier ? null : { id: a.id, tier, fit };
      });
      // A field edit of the three fields it sets: the store patches those fields of those
      // rows, not a diff of whole rows handed in.
      await commitFieldEdit(
        `Apply suggested tiers to ${changed.length.toLocaleString()} accounts`,
        {
          ids: changed.map((c) => c.id),
          fields: [
            { field: 'tier', values: changed.map((c) => c.tier) },
            { field: 'icpScore', values: changed.map((c) => c.fit) },
            { field: 'updatedAt', value: now },
          ],
        },
      );
      notify('ok', `Suggested tiers applied: ${changed.length.toLocaleString()} accounts changed.`);
    } catch (e) {
      notify('error', e instanceof Error ? e.message : String(e));
    } finally {
      setSuggesting(false);
    }
  };

  const counts = useAccountCounts(rows);
  const clearSearch = useCallback(() => {
    setQuickFilter('');
    api?.setFilterModel(null);
  }, [api]);

  return (
    <section className="accounts-section" aria-labelledby="accounts-heading">
      <header className="accounts-toolbar">
        <h1 id="accounts-heading">Accounts</h1>
        <span className="muted" data-testid="account-count" role="status">
          {accountCountText(loading, counts, storedCount)}
        </span>
        <button
          type="button"
          className="primary"
          onClick={() => void pickImportFiles().then((f) => f.length > 0 && onFiles(f))}
        >
          Import…
        </button>
        <input
          type="search"
          aria-label="Search accounts"
          placeholder="Search accounts"
          value={quickFilter}
          onChange={(e) => setQuickFilter(e.target.value)}
        />
        <ViewsBar api={api} quickFilter={quickFilter} onQuickFilter={setQuickFilter} />
        <div role="group" aria-label="Panels" className="panel-toggles">
          {PANELS.map((p) => (
            <button
              key={p.id}
              type="button"
              aria-pressed={panel === p.id}
              // The panels count, score and review every account: not the first rows only.
              disabled={loading}
              title={loading ? WAIT_FOR_LIST : undefined}
              onClick={() => openPanel(p.id)}
            >
              {p.label}
            </button>
          ))}
        </div>
      </header>
      {selected.length > 0 && (
        <BulkEditBar
          selected={selected}
          owners={directory}
          otherOwners={otherOwners}
          onRemove={() => setRemoving(true)}
          onApplySuggested={() => void applySuggested()}
          busy={suggesting}
        />
      )}
      <div className="accounts-body">
        <AccountsGrid
          rows={rows}
          context={context}
          quickFilter={quickFilter}
          loading={loading}
          onClearSearch={clearSearch}
          withConflicts
          onSelection={setSelected}
          onApi={setApi}
          onFirstRows={onFirstRowsShown}
        />
        {panel === 'icp' && draft && <IcpPanel draft={draft} accounts={rows} onChange={setDraft} />}
        {panel === 'owners' && <OwnersPanel owners={ownerRows ?? []} accounts={rows} />}
        {panel === 'capacity' && <CapacityPanel accounts={rows} owners={directory} />}
        {panel === 'review' && <ReviewPanel accounts={rows} snapshots={snapshots} />}
        {panel === 'duplicates' && <DuplicatesPanel accounts={rows} profile={stored} />}
      </div>
      {importFiles && (
        <ImportDialog files={importFiles} accounts={accounts} onClose={closeImport} />
      )}
      {removing && <RemoveDialog accounts={selected} onClose={() => setRemoving(false)} />}
    </section>
  );
}
