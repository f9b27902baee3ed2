/**
 * The colleague's copy, cut down to what a merge plan needs of it, so that one thread can
 * parse and check their file while another reads my store (the merge preview's two Workers),
 * and only a small part of their copy crosses between them.
 *
 * planMerge passes over a record whose stamps are the same on both sides (and not zero:
 * passesOver in mergeRow.ts) without looking at either row. So a record of theirs whose
 * stamps equal mine's is sent as its key only; the plan's side puts my row and my stamps in
 * its place (expandTheirs), which gives planMerge the same input where it looks and the same
 * outcome where it does not. Which stamps are "mine" is decided on my change log as read
 * where the cut is made; the plan's side uses it only when its own read of the store found
 * the same log (the same newest entry, `seq`: every write appends one), else it asks for
 * their whole copy.
 */
import { ROW_TABLES, type RowTable, type WorkspaceData } from '../workspace/workspaceData';
import { passesOver } from './mergeRow';
import { rowKey, type Row } from './mergeTables';
import type { StampedWorkspace } from './mergeWorkspaces';
import { dict, entry, type RowStamps, type WorkspaceSync } from './syncState';

/** Their copy with every record passed over replaced by its key (a string). */
export interface TheirsDelta {
  /** Their data; a row table's list holds their row, or its key where it is passed over. */
  data: WorkspaceData;
  /** Their sync section with only the stamps of the rows sent (mine are the same elsewhere). */
  sync: WorkspaceSync;
  /** My change log's newest entry when my stamps were read (the cut is good for it only). */
  seq: number | null;
  /** How many records were passed over. */
  passed: number;
}

/** Cuts `theirs` against my stamps (`mine`, read at log entry `seq`). */
export function cutTheirs(
  theirs: StampedWorkspace,
  mine: Pick<WorkspaceSync, 'stamps'>,
  seq: number | null,
): TheirsDelta {
  const data = { ...theirs.data } as Record<string, unknown>;
  const stamps: WorkspaceSync['stamps'] = { ...theirs.sync.stamps };
  let passed = 0;
  for (const table of ROW_TABLES) {
    const rows = theirs.data[table] as unknown as Row[];
    const theirStamps = theirs.sync.stamps[table];
    const myStamps = mine.stamps[table];
    if (theirStamps === undefined || myStamps === undefined || rows.length === 0) continue;
    const slots: (Row | string)[] = new Array<Row | string>(rows.length);
    // Only the stamps of the rows sent: the plan looks up no other (and mine stand in for
    // the rows passed over).
    const kept = dict<RowStamps>(undefined);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as Row;
      const key = rowKey(table, row);
      const ts = entry(theirStamps, key);
      const ms = entry(myStamps, key);
      if (ts !== undefined && ms !== undefined && passesOver(ms, ts)) {
        slots[i] = key;
        passed++;
      } else {
        slots[i] = row;
        if (ts !== undefined) kept[key] = ts;
      }
    }
    data[table] = slots;
    stamps[table] = kept;
  }
  return {
    data: data as unknown as WorkspaceData,
    sync: { ...theirs.sync, stamps },
    seq,
    passed,
  };
}

/**
 * Their copy for the plan: every key of the delta replaced by my row and my stamps (`mine`,
 * read at the same log entry as the cut). Null when a key has no row or no stamps of mine
 * here, or mine would not be passed over: the cut was not made on this store; ask for all.
 */
export function expandTheirs(delta: TheirsDelta, mine: StampedWorkspace): StampedWorkspace | null {
  const data = { ...delta.data } as Record<string, unknown>;
  const stamps: WorkspaceSync['stamps'] = { ...delta.sync.stamps };
  for (const table of ROW_TABLES) {
    const slots = delta.data[table] as unknown as (Row | string)[];
    if (!slots.some((s) => typeof s === 'string')) continue;
    const myRows = mine.data[table] as unknown as Row[];
    const myStamps = mine.sync.stamps[table];
    const full = dict<RowStamps>(undefined);
    const sent = delta.sync.stamps[table];
    for (const key in sent) full[key] = sent[key] as RowStamps;
    let byKey: Map<string, Row> | null = null;
    const rows: Row[] = new Array<Row>(slots.length);
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i] as Row | string;
      if (typeof slot !== 'string') {
        rows[i] = slot;
        continue;
      }
      // Copies of one workspace keep its row order: my row is looked for at the same place.
      const aligned = myRows[i];
      const row =
        aligned !== undefined && rowKey(table, aligned) === slot
          ? aligned
          : (byKey ??= indexRows(table, myRows)).get(slot);
      const ms = entry(myStamps, slot);
      if (row === undefined || ms === undefined || !passesOver(ms, ms)) return null;
      rows[i] = row;
      full[slot] = ms;
    }
    data[table] = rows;
    stamps[table] = full;
  }
  return { data: data as unknown as WorkspaceData, sync: { ...delta.sync, stamps } };
}

function indexRows(table: RowTable, rows: Row[]): Map<string, Row> {
  const byKey = new Map<string, Row>();
  for (const r of rows) byKey.set(rowKey(table, r), r);
  return byKey;
}
