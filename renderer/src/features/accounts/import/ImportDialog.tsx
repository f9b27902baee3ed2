/**
 * The import flow for one or more dropped or picked files: reading (progress, Cancel) →
 * column mapping → preview (new / will update / merged duplicates / rejected rows, merge
 * policy) → one all-or-nothing write (progress, Cancel: the transaction aborts and nothing
 * is written). Any failure shows what is wrong and where, and writes nothing. The dialog
 * closes, and says what was imported, once the list shows the imported rows.
 */
import { useEffect, useRef, useState } from 'react';
import { useImportCancel } from './useImportCancel';
import type { Account, AccountStatus } from '../../../../../shared/domain/types';
import {
  DEFAULT_NEW_ACCOUNT_STATUS,
  emptyValueChoices,
  exportProfileMappings,
  type ColumnMap,
  type MergePolicy,
} from '../../../../../shared/accounts';
import { formatCsvError, type CsvError, type TextEncodingName } from '../../../../../shared/csv';
import type { OpenedFile } from '../../../platform/platform';
import { readAll } from '../../../store/reads';
import { useUiStore } from '../../../store/uiStore';
import { AccountImportSession, ImportCancelled, ImportFailed } from './importClient';
import type { FileSummary, PreviewSummary } from './importProtocol';
import type { KeepSeparateChoice } from './CrmDuplicatesList';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { ModalDialog } from '../../../ui/ModalDialog';

type Stage =
  | {
      kind: 'working';
      label: string;
      /** null: no measure of how far (waiting for the list). */
      fraction: number | null;
      writing?: boolean;
      cancelling?: boolean;
    }
  | { kind: 'mapping'; files: FileSummary[] }
  | { kind: 'preview'; files: FileSummary[]; summary: PreviewSummary }
  | { kind: 'failed'; errors: CsvError[] };

const PHASE_LABELS: Record<string, string> = {
  reading: 'Reading files',
  normalizing: 'Checking every row',
  deduplicating: 'Finding duplicates',
  receiving: 'Receiving accounts',
  writing: 'Writing accounts',
};

/** Waiting for the list: it shows the import once it holds this row as the import wrote it. */
interface AwaitedRow {
  id: string;
  updatedAt: string;
  message: string;
}

/** Past this, the result is reported even if the list has not caught up (it will). */
const LIST_WAIT_MS = 30_000;

export function ImportDialog({
  files,
  accounts,
  onClose,
}: {
  files: OpenedFile[];
  /** The list's rows, live: the dialog waits for them to include the import. */
  accounts: readonly Account[] | undefined;
  onClose: () => void;
}) {
  const [stage, setStage] = useState<Stage>({
    kind: 'working',
    label: 'Reading files',
    fraction: 0,
  });
  const [mappings, setMappings] = useState<Record<string, ColumnMap>>({});
  const [emptyValues, setEmptyValues] = useState<string[]>([]);
  const [rereading, setRereading] = useState<string | null>(null);
  const [rereadErrors, setRereadErrors] = useState<string[]>([]);
  const [policy, setPolicy] = useState<MergePolicy>('fill-empty');
  const [defaultStatus, setDefaultStatus] = useState<AccountStatus>(DEFAULT_NEW_ACCOUNT_STATUS);
  const [keepSeparate, setKeepSeparate] = useState<KeepSeparateChoice>([]);
  const [awaited, setAwaited] = useState<AwaitedRow | null>(null);
  const session = useRef<AccountImportSession | null>(null);
  // Cancel before the write closes; during it, waits for the Worker's abort.
  const { cancelRequested, cancel, cancelWrite } = useImportCancel(session, setStage, onClose);
  const notify = useUiStore((s) => s.notify);

  const onProgress = (phase: string, fraction: number) =>
    setStage((s) => {
      if (s.kind !== 'working' || s.cancelling) return s;
      if (s.writing !== (phase === 'writing')) return s;
      return { ...s, label: PHASE_LABELS[phase] ?? s.label, fraction };
    });

  // The toast comes once the list has the rows, not while it still says "No accounts yet".
  useEffect(() => {
    if (!awaited) return;
    const report = () => {
      notify('ok', awaited.message);
      onClose();
    };
    const row = accounts?.find((a) => a.id === awaited.id);
    if (row && row.updatedAt === awaited.updatedAt) return report();
    const timer = setTimeout(report, LIST_WAIT_MS);
    return () => clearTimeout(timer);
  }, [accounts, awaited, notify, onClose]);

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
        await readAll('exportProfiles'),
      );
      for (const m of await readAll('columnMappings')) remembered[m.signature] = m.mapping;
      const parsed = await s.parse(files, remembered);
      setMappings(Object.fromEntries(parsed.map((f) => [f.name, f.mapping])));
      setStage({ kind: 'mapping', files: parsed });
    })().catch(fail);
    return () => s.dispose();
  }, [files]);

  /** Reads one file again in the picked encoding; the preview under the picker follows. */
  const pickEncoding = (files: FileSummary[], name: string, encoding: TextEncodingName) => {
    const s = session.current;
    if (!s) return;
    setRereading(name);
    setRereadErrors([]);
    void (async () => {
      try {
        const file = await s.reread(name, encoding);
        const before = files.find((f) => f.name === name);
        // Same headers: the person's mapping stays; new headers get their own suggestion.
        const sameHeaders = before?.headers.join('\u001f') === file.headers.join('\u001f');
        if (!sameHeaders) setMappings((m) => ({ ...m, [name]: file.mapping }));
        setStage({ kind: 'mapping', files: files.map((f) => (f.name === name ? file : f)) });
      } catch (err) {
        if (err instanceof ImportCancelled) return;
        const errors = err instanceof ImportFailed ? err.errors : [];
        setRereadErrors(
          errors.length > 0
            ? errors.map((e) => (e.file ? formatCsvError(e) : e.message))
            : [String(err)],
        );
      } finally {
        setRereading(null);
      }
    })();
  };

  const runPreview = (
    parsed: FileSummary[],
    next: { policy?: MergePolicy; status?: AccountStatus; keep?: KeepSeparateChoice } = {},
  ) => {
    const s = session.current;
    if (!s) return;
    const nextPolicy = next.policy ?? policy;
    const nextStatus = next.status ?? defaultStatus;
    const nextKeep = next.keep ?? keepSeparate;
    // Only the ticked values the mapping step still offers (their column may be unmapped since).
    const offered = new Set(
      emptyValueChoices(
        parsed.map((f) => ({
          name: f.name,
          nonNumeric: f.nonNumeric,
          mapping: mappings[f.name] ?? f.mapping,
        })),
      ).map((c) => c.value.toLowerCase()),
    );
    setStage({ kind: 'working', label: 'Checking rows and duplicates', fraction: 0 });
    void (async () => {
      const profile = (await readAll('icpProfiles'))[0] ?? null;
      const summary = await s.preview({
        mappings,
        emptyValues: emptyValues.filter((v) => offered.has(v.toLowerCase())),
        policy: nextPolicy,
        defaultStatus: nextStatus,
        profile,
        keepSeparate: nextKeep,
      });
      setStage({ kind: 'preview', files: parsed, summary });
    })().catch(fail);
  };

  const write = (parsed: FileSummary[], summary: PreviewSummary) => {
    const s = session.current;
    if (!s) return;
    // One transaction: it completes, or (on Cancel or failure) changes nothing.
    setStage({ kind: 'working', label: 'Writing accounts', fraction: 0, writing: true });
    void (async () => {
      const batch = await s.commit({
        summary,
        files: parsed,
        mappings,
        batchId: crypto.randomUUID(),
      });
      const c = batch.counts;
      const crm = summary.crmDuplicateRows.salesforce + summary.crmDuplicateRows.hubspot;
      const late = cancelRequested.current
        ? ' Cancel came after the write had finished; Undo removes the import.'
        : '';
      const message = `Imported ${batch.files.join(', ')}: ${c.new} new, ${c.updated} updated, ${c.merged} merged duplicates, ${crm} same-company CRM records merged, ${c.rejected} rejected rows.${late}`;
      const probe = summary.newSample[0] ?? summary.updateSample[0]?.after;
      if (!probe) {
        notify('ok', message);
        onClose();
        return;
      }
      setStage({ kind: 'working', label: 'Showing the imported accounts', fraction: null });
      setAwaited({ id: probe.id, updatedAt: probe.updatedAt, message });
    })().catch((err: unknown) => {
      if (err instanceof ImportCancelled && cancelRequested.current) {
        notify('info', 'Import cancelled while writing: nothing was written.');
        onClose();
        return;
      }
      fail(err);
    });
  };

  return (
    // No Escape: each step has its own Cancel (during the write it waits for the abort).
    <ModalDialog className="accounts-modal-frame" labelledBy="import-title">
      <div className="accounts-modal import-dialog">
        <h2 id="import-title">Import accounts</h2>
        <p className="muted">{files.map((f) => f.name).join(', ')}</p>
        {stage.kind === 'working' && (
          <div className="import-working">
            <label>
              {stage.label}
              <progress aria-label="Import progress" max={1} value={stage.fraction ?? undefined} />
            </label>
            {stage.fraction !== null && (
              <button
                type="button"
                onClick={stage.writing ? cancelWrite : cancel}
                disabled={stage.cancelling}
              >
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
            emptyValues={emptyValues}
            onEmptyValues={setEmptyValues}
            onEncoding={(name, encoding) => pickEncoding(stage.files, name, encoding)}
            rereading={rereading}
            rereadErrors={rereadErrors}
            onCancel={cancel}
            onNext={() => runPreview(stage.files)}
          />
        )}
        {stage.kind === 'preview' && (
          <PreviewStep
            summary={stage.summary}
            policy={policy}
            defaultStatus={defaultStatus}
            keepSeparate={keepSeparate}
            onPolicy={(p) => {
              setPolicy(p);
              runPreview(stage.files, { policy: p });
            }}
            onDefaultStatus={(st) => {
              setDefaultStatus(st);
              runPreview(stage.files, { status: st });
            }}
            onKeepSeparate={(keep) => {
              setKeepSeparate(keep);
              runPreview(stage.files, { keep });
            }}
            onBack={() => setStage({ kind: 'mapping', files: stage.files })}
            onCancel={cancel}
            onImport={() => write(stage.files, stage.summary)}
          />
        )}
      </div>
    </ModalDialog>
  );
}
