/**
 * Measurement hooks for test/bench/contacts.bench.ts, in the bench build only (never in the
 * product): generate a synthetic HubSpot contacts export, run the real contacts import (the
 * import Worker's preview, then its write recorded as one undo step, as the Import button
 * does) while a PerformanceObserver watches the main thread's long tasks, and the baselines
 * in the same page: raw Papa Parse of the same text and a plain Dexie bulkPut of the rows the
 * import wrote into a table with only a primary key.
 */
import { plainBulkPut } from './plainBulkPut';
import Papa from 'papaparse';
import { ContactImportSession } from '../../../renderer/src/features/contacts/contactImportActions';
import { countRows, readAll } from '../../../renderer/src/store/reads';
import { syntheticHubspotContacts } from '../data/syntheticContacts';

// The text for the Papa Parse baseline, dropped once it has run (the window then holds no copy
// of the file while the import runs, as in the product).
let csv = '';
// The file as the import gets it: bytes already read (the product's file open hands the panel
// an OpenedFile's bytes), so encoding 50 MB of text is not counted as part of the import. The
// import's first preview moves them to its Worker (this array is empty after it).
let bytes = new Uint8Array();

export interface ContactsImportTimes {
  ms: number;
  preview: number;
  write: number;
  people: number;
  /** Main-thread long tasks (≥ 50 ms) from the start of the import to its end. */
  longTasks: number[];
  /** Each long task's start (ms after the import started) and the step it fell in. */
  taskLog: { at: number; ms: number; step: 'preview' | 'write' | 'after' }[];
  /** Long tasks in the second after it (the screen taking in the change). */
  afterTasks: number[];
  /** Bytes of the file the window still held after handing it to the import (0: moved). */
  keptBytes: number;
}

declare global {
  interface Window {
    __abmContactsBench?: {
      generate(people: number, accounts: number): number;
      rawParse(): number;
      importAll(): Promise<ContactsImportTimes>;
      plainBulkPut(): Promise<number>;
    };
  }
}

export function installContactsBenchHook(): void {
  window.__abmContactsBench = {
    generate(people, accounts) {
      csv = syntheticHubspotContacts(people, accounts);
      bytes = new TextEncoder().encode(csv);
      return csv.length;
    },
    rawParse() {
      const t0 = performance.now();
      Papa.parse<string[]>(csv, { skipEmptyLines: true });
      const ms = performance.now() - t0;
      csv = '';
      return ms;
    },
    async importAll() {
      const entries: { start: number; duration: number }[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          entries.push({ start: e.startTime, duration: e.duration });
      });
      observer.observe({ type: 'longtask', buffered: false });
      const t0 = performance.now();
      const session = new ContactImportSession();
      const now = new Date().toISOString();
      const files = [{ name: 'contacts.csv', bytes }];
      const answer = await session.preview({ files, remembered: {}, now });
      const keptBytes = bytes.byteLength;
      bytes = new Uint8Array();
      const t1 = performance.now();
      await session.commit(answer, now, crypto.randomUUID());
      const t2 = performance.now();
      session.dispose();
      await new Promise((r) => setTimeout(r, 1000));
      observer.disconnect();
      return {
        ms: t2 - t0,
        preview: t1 - t0,
        write: t2 - t1,
        people: await countRows('contacts'),
        longTasks: entries.filter((e) => e.start < t2).map((e) => e.duration),
        taskLog: entries.map((e) => ({
          at: e.start - t0,
          ms: e.duration,
          step: e.start < t1 ? 'preview' : e.start < t2 ? 'write' : 'after',
        })),
        afterTasks: entries.filter((e) => e.start >= t2).map((e) => e.duration),
        keptBytes,
      };
    },
    async plainBulkPut(): Promise<number> {
      return plainBulkPut('abm-bench-plain-contacts', await readAll('contacts'));
    },
  };
}
