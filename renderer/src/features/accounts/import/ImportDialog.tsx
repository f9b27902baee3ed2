/**
 * The import flow for one or more dropped or picked files: reading (progress, Cancel) →
 * column mapping → preview (new / will update / merged duplicates / rejected rows, merge
 * policy) → one all-or-nothing write. Any failure shows what is wrong and where, and writes nothing.
 */
import { useEffect, useRef, useState } from 'react';
import type { AccountStatus } from '../../../../../shared/domain/types';
import {
  exportProfileMappings,
  type ColumnMap,
  type MergePolicy,
} from '../../../../../shared/accounts';
import { formatCsvError, type CsvError } from '../../../../../shared/csv';
import type { OpenedFile } from '../../../platform/platform';
import { db } from '../../../store/db';
import { useUiStore } from '../../../store/uiStore';
import { AccountImportSession, ImportCancelled, ImportFailed } from './importClient';
import type { FileSummary, PreviewSummary } from './importProtocol';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';

type Stage =
  | { kind: 'working'; label: string; fraction: number; writing?: boolean }
  | { kind: 'mapping'; files: FileSummary[] }
  | { kind: 'preview'; files: FileSummary[]; summary: PreviewSummary }
  | { kind: 'failed'; errors: CsvError[] };

const PHASE_LABELS: Record<string, string> = {
  reading: 'Reading files',
  normalizing: 'Checking every row',
  deduplicating: 'Finding duplicates',
  receiving: 'Receiving accounts',
};

export function ImportDialog({ files, onClose }: { files: OpenedFile[]; onClose: () => void }) {
  const [stage, setStage] = useState<Stage>({
    kind: 'working',
    label: 'Reading files',
    fraction: 0,
  });
  const [mappings, setMappings] = useState<Record<string, ColumnMap>>({});
  const [policy, setPolicy] = useState<MergePolicy>('fill-empty');
  const [defaultStatus, setDefaultStatus] = useState<AccountStatus>('target');
  const session = useRef<AccountImportSession | null>(null);
  const notify = useUiStore((s) => s.notify);

  const onProgress = (phase: string, fraction: number) =>
    setStage((s) =>
      s.kind === 'working' && !s.writing
        ? { kind: 'working', label: PHASE_LABELS[phase] ?? s.label, fraction }
        : s,
    );

  const fail = (err: unknown) => {
    if (err instanceof ImportCancelled) return;
    const errors = err instanceof ImportFailed ? err.errors : [{ file: '', message: String(err) }];
    setStage({ kind: 'failed', errors });
  };

  useEffect(() => {
    const s = new AccountImportSession(onProgress);
    session.current = s;
    void (async () => {
      // Files written by a saved export profile map back by its headers; the user's own
      // remembered mappings come first.
      const remembered: Record<string, ColumnMap> = exportProfileMappings(
        await db.exportProfiles.toArray(),
      );
      for (const m of await db.columnMappings.toArray()) remembered[m.signature] = m.mapping;
      const parsed = await s.parse(files, remembered);
      setMappings(Object.fromEntries(parsed.map((f) => [f.name, f.mapping])));
      setStage({ kind: 'mapping', files: parsed });
    })().catch(fail);
    return () => s.dispose();
  }, [files]);

  const runPreview = (parsed: FileSummary[], nextPolicy = policy, nextStatus = defaultStatus) => {
    const s = session.current;
    if (!s) return;
    setStage({ kind: 'working', label: 'Checking rows and duplicates', fraction: 0 });
    void (async () => {
      const profile = (await db.icpProfiles.toArray())[0] ?? null;
      const summary = await s.preview({
        mappings,
        policy: nextPolicy,
        defaultStatus: nextStatus,
        profile,
      });
      setStage({ kind: 'preview', files: parsed, summary });
    })().catch(fail);
  };

  const write = (parsed: FileSummary[], summary: PreviewSummary) => {
    const s = session.current;
    if (!s) return;
    // From here the write is one transaction: it completes or changes nothing, so no Cancel.
    setStage({ kind: 'working', label: 'Writing accounts', fraction: 0.95, writing: true });
    void (async () => {
      const batch = await s.commit({
        summary,
        files: parsed,
        mappings,
        batchId: crypto.randomUUID(),
      });
      const c = batch.counts;
      notify(
        'ok',
        `Imported ${batch.files.join(', ')}: ${c.new} new, ${c.updated} updated, ${c.merged} merged duplicates, ${c.rejected} rejected rows.`,
      );
      onClose();
    })().catch(fail);
  };

  const cancel = () => {
    session.current?.cancel();
    notify('info', 'Import cancelled: nothing was written.');
    onClose();
  };

  return (
    <div className="accounts-modal-backdrop">
      <div
        className="accounts-modal import-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="import-title"
      >
        <h2 id="import-title">Import accounts</h2>
        <p className="muted">{files.map((f) => f.name).join(', ')}</p>
        {stage.kind === 'working' && (
          <div className="import-working">
            <label>
              {stage.label}
              <progress aria-label="Import progress" max={1} value={stage.fraction} />
            </label>
            {!stage.writing && (
              <button type="button" onClick={cancel}>
                Cancel
              </button>
            )}
          </div>
        )}
        {stage.kind === 'failed' && (
          <div>
            <div role="alert" className="import-errors">
              <strong>Nothing was imported.</strong>
              <ul>
                {stage.errors.map((e, i) => (
                  <li key={i}>{e.file ? formatCsvError(e) : e.message}</li>
                ))}
              </ul>
            </div>
            <div className="dialog-buttons">
              <button type="button" onClick={onClose}>
                Close
              </button>
            </div>
          </div>
        )}
        {stage.kind === 'mapping' && (
          <MappingStep
            files={stage.files}
            mappings={mappings}
            onChange={setMappings}
            onCancel={cancel}
            onNext={() => runPreview(stage.files)}
          />
        )}
        {stage.kind === 'preview' && (
          <PreviewStep
            summary={stage.summary}
            policy={policy}
            defaultStatus={defaultStatus}
            onPolicy={(p) => {
              setPolicy(p);
              runPreview(stage.files, p, defaultStatus);
            }}
            onDefaultStatus={(st) => {
              setDefaultStatus(st);
              runPreview(stage.files, policy, st);
            }}
            onBack={() => setStage({ kind: 'mapping', files: stage.files })}
            onCancel={cancel}
            onImport={() => write(stage.files, stage.summary)}
          />
        )}
      </div>
    </div>
  );
}
