// The baseline the store's writes are held to: the same rows put into a plain one-table Dexie
// database (one record per row, no pages, no undo, no change log), timed in the same page.
import Dexie from 'dexie';

/** Milliseconds for one bulkPut of `rows` into a fresh table of database `name` (deleted after). */
export async function plainBulkPut(name: string, rows: readonly object[]): Promise<number> {
  const plain = new Dexie(name);
  plain.version(1).stores({ rows: 'id' });
  await plain.open();
  await plain.table('rows').clear();
  const t0 = performance.now();
  await plain.table('rows').bulkPut(rows as object[]);
  const ms = performance.now() - t0;
  plain.close();
  await Dexie.delete(name);
  return ms;
}
