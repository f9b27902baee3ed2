/**
 * The window's side of the Contacts table: one contacts-view Worker while the section is
 * open, told to re-match when the accounts, the contacts or the persona rules change (the
 * stores' row counts and writes are the signal; the worker reads the rows itself), with its
 * progress in the task bar and a Cancel that stops it. Pages are asked as the person pages
 * or searches; an answer to an older question is dropped.
 */
import { useEffect, useRef, useState } from 'react';
import type { ContactPage, ContactQuery } from '../../../../shared/contacts/contactList';
import type { PersonaRule } from '../../../../shared/domain/types';
import { client, type WorkerClient } from '../../platform/workerRpc';
import { watchCount } from '../../store/liveTables';
import { useUiStore } from '../../store/uiStore';
import type { ContactsSummary, ContactsViewWorker } from './contactsView.worker';

const TASK_ID = 'contacts-matching';

function startWorker(): WorkerClient<ContactsViewWorker> {
  const worker = new Worker(new URL('./contactsView.worker.ts', import.meta.url), {
    type: 'module',
  });
  return client<ContactsViewWorker>(worker, { crashMessage: 'Matching the contacts stopped.' });
}

export interface ContactsView {
  summary: ContactsSummary | null;
  page: ContactPage | null;
  /** Matching was cancelled or failed: the table waits for the next change or a retry. */
  stopped: string | null;
  retry: () => void;
}

export function useContactsView(rules: readonly PersonaRule[], query: ContactQuery): ContactsView {
  const rpc = useRef<WorkerClient<ContactsViewWorker> | null>(null);
  const [stamps, setStamps] = useState({ accounts: 0, contacts: 0, retries: 0 });
  const [summary, setSummary] = useState<ContactsSummary | null>(null);
  const [page, setPage] = useState<ContactPage | null>(null);
  const [stopped, setStopped] = useState<string | null>(null);

  useEffect(() => {
    rpc.current = startWorker();
    const stops = [
      watchCount('accounts', {
        next: () => setStamps((s) => ({ ...s, accounts: s.accounts + 1 })),
        error: () => {},
      }),
      watchCount('contacts', {
        next: () => setStamps((s) => ({ ...s, contacts: s.contacts + 1 })),
        error: () => {},
      }),
    ];
    return () => {
      stops.forEach((stop) => stop());
      rpc.current?.terminate();
      rpc.current = null;
      useUiStore.getState().endTask(TASK_ID);
    };
  }, []);

  const rulesKey = JSON.stringify(rules);
  useEffect(() => {
    const run = rpc.current;
    if (!run || stamps.accounts === 0 || stamps.contacts === 0) return;
    let live = true;
    const controller = new AbortController();
    const ui = useUiStore.getState();
    setStopped(null);
    void run
      .call(
        'load',
        {
          accountsStamp: stamps.accounts,
          contactsStamp: stamps.contacts,
          personaRules: JSON.parse(rulesKey) as PersonaRule[],
        },
        {
          signal: controller.signal,
          onEvent: ({ fraction }) => {
            if (!live) return;
            const tasks = useUiStore.getState();
            if (tasks.tasks.some((t) => t.id === TASK_ID)) tasks.updateTask(TASK_ID, fraction);
            else
              tasks.startTask({
                id: TASK_ID,
                label: 'Matching contacts to accounts',
                progress: fraction,
                cancel: () => controller.abort(),
              });
          },
        },
      )
      .then(
        (s) => live && setSummary(s),
        (e: unknown) => {
          if (!live) return;
          setStopped(controller.signal.aborted ? 'Matching was cancelled.' : String(e));
        },
      )
      .finally(() => ui.endTask(TASK_ID));
    return () => {
      live = false;
      controller.abort();
    };
  }, [stamps, rulesKey]);

  const { filter, search, offset, limit } = query;
  useEffect(() => {
    const run = rpc.current;
    if (!run || !summary) return;
    let live = true;
    void run
      .call('page', { filter, search, offset, limit })
      .then((p) => live && setPage(p))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [summary, filter, search, offset, limit]);

  return {
    summary,
    page,
    stopped,
    retry: () => setStamps((s) => ({ ...s, retries: s.retries + 1 })),
  };
}
