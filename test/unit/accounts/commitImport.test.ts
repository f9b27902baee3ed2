import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetDb, db } from '../../../renderer/src/store/db';
import { commitWritten, history, redo, undo } from '../../../renderer/src/store/changes';
import { applyWritten } from '../../../renderer/src/store/applyChanges';
import {
  importChangeSet,
  importRecord,
} from '../../../renderer/src/features/accounts/import/importRecord';
import { importAccounts, parseImportFiles } from '../../../shared/accounts';
import { sequentialIds } from '../../../shared/domain/ids';
import type { PreviewSummary } from '../../../renderer/src/features/accounts/import/importProtocol';
import { countRows } from '../../../renderer/src/store/reads';

beforeEach(() => {
  resetDb(`test-${Math.random()}`);
  history.clear();
});

const file = (name: string) => ({
  name,
  bytes: new Uint8Array(readFileSync(join(__dirname, '../../fixtures/accounts', name))),
});

describe('writing an import', () => {
  it('stores the accounts, the batch and the mapping as one undo step', async () => {
    const files = [file('salesforce-report.csv')];
    const preview = importAccounts(files, [], {
      policy: 'fill-empty',
      defaultStatus: 'target',
      now: '2027-01-01T00:00:00.000Z',
      newId: sequentialIds('acc'),
      profile: null,
    });
    if (!preview.ok) throw new Error('preview failed');
    const parsed = parseImportFiles(files);
    if (!parsed.ok) throw new Error('parse failed');
    const summaries = parsed.files.map((f) => ({
      name: f.table.file,
      headers: f.table.headers,
      sample: [],
      rows: f.table.rows.length,
      source: f.source,
      signature: f.signature,
      mapping: f.mapping,
      remembered: false,
      encoding: f.table.encoding,
      encodingSource: f.table.encodingSource,
      encodingWarning: f.table.encodingWarning,
      delimiter: f.table.delimiter,
      notices: [],
      nonNumeric: f.nonNumeric,
    }));
    const summary = { counts: preview.counts } as PreviewSummary;
    const { batch, mappings, label } = importRecord({
      files: summaries,
      mappings: {},
      counts: summary.counts,
      batchId: 'b1',
      now: '2027-01-01T00:00:00.000Z',
    });
    // What the import Worker does on 'commit', without the messages in between.
    await commitWritten(label, () => applyWritten(importChangeSet(preview.put, batch, mappings)));

    expect(await countRows('accounts')).toBe(6);
    expect(await db.importBatches.get('b1')).toMatchObject({
      kind: 'accounts',
      files: ['salesforce-report.csv'],
      counts: { new: 6, updated: 0, merged: 2, rejected: 0 },
    });
    const remembered = await db.columnMappings.get(summaries[0]!.signature);
    expect(remembered?.mapping['Account ID']).toBe('salesforceId');

    expect(await undo()).toBe('Import salesforce-report.csv');
    expect(await countRows('accounts')).toBe(0);
    expect(await db.importBatches.count()).toBe(0);
    expect(await redo()).toBe('Import salesforce-report.csv');
    expect(await countRows('accounts')).toBe(6);
  });
});
