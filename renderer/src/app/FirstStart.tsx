/** The first-start screen: open the sample, try merging, import a CRM export, or start empty. */
import { useState } from 'react';
import { openSample, runImport, startEmpty, tryMerging } from './workspaceCommands';

export function FirstStart({ onDone }: { onDone: () => void }) {
  const [busy, setBusy] = useState(false);
  /** Leaves the first-start screen once the action went through (not when a dialog was cancelled). */
  const run = (action: () => Promise<boolean | void>) => async () => {
    setBusy(true);
    try {
      if ((await action()) === false) return;
      localStorage.setItem('abm:started', '1');
      onDone();
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="first-start" aria-labelledby="first-start-heading">
      <h1 id="first-start-heading">Welcome to ABM Workbench</h1>
      <p>
        Plan account-based marketing for the quarter: build the target account list, put every
        campaign and sales sequence on one calendar, catch accounts two teams would contact at once,
        agree who owns what, and hand it all to your CRM. Everything stays on this computer.
      </p>
      <div className="first-start-choices">
        <button type="button" disabled={busy} onClick={run(openSample)}>
          <strong>Open the sample workspace</strong>
          <span>Fictional companies, campaigns with conflicts, and RACI grids to explore.</span>
        </button>
        <button type="button" disabled={busy} onClick={run(tryMerging)}>
          <strong>Try merging a colleague’s workspace</strong>
          <span>
            The sample, with one change of yours, and Dana’s copy of it from Sales Ops to merge.
          </span>
        </button>
        <button type="button" disabled={busy} onClick={run(runImport)}>
          <strong>Import a CRM export</strong>
          <span>Salesforce or HubSpot accounts as CSV.</span>
        </button>
        <button type="button" disabled={busy} onClick={run(startEmpty)}>
          <strong>Start empty</strong>
          <span>An empty workspace with default settings.</span>
        </button>
      </div>
    </section>
  );
}
