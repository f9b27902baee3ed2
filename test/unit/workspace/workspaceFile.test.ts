import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resetDb } from '../../../renderer/src/store/db';
import { history } from '../../../renderer/src/store/changes';
import {
  readWorkspace,
  replaceWorkspace,
} from '../../../renderer/src/features/workspace/workspaceStore';
import {
  parseWorkspaceFile,
  serializeWorkspace,
  WORKSPACE_VERSION,
} from '../../../shared/workspace/workspaceFile';
import { workspaceJsonSchema } from '../../../shared/workspace/workspaceFileSchema';
import {
  emptyWorkspace,
  ROW_TABLES,
  type WorkspaceData,
} from '../../../shared/workspace/workspaceData';
import { workspaceArb } from './arbitraries';
import { restoreWorkspace } from '../../../renderer/src/features/workspace/backup';
import { makeAccount } from './fixtures';
import { newMotion } from '../../../shared/motions/motionDefaults';

beforeEach(() => {
  resetDb(`test-${Math.random()}`);
  history.clear();
});

/** Every table sorted by key, so tables compare whatever order the store returns rows in. */
function normalized(ws: WorkspaceData): WorkspaceData {
  const out = structuredClone(ws);
  for (const table of ROW_TABLES) {
    const key = table === 'columnMappings' ? 'signature' : 'id';
    const keyOf = (row: object) => String((row as Record<string, unknown>)[key] ?? '');
    (out[table] as object[]).sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1));
  }
  return out;
}

describe('workspace backup and restore', () => {
  it('a backup restored into an emptied store gives the same data (property)', async () => {
    await fc.assert(
      fc.asyncProperty(workspaceArb, async (ws) => {
        resetDb(`prop-${Math.random()}`);
        await replaceWorkspace('Seed', ws);
        const file = serializeWorkspace(await readWorkspace(), '2026-11-26T00:00:00.000Z');
        await replaceWorkspace('Empty', emptyWorkspace());
        expect((await readWorkspace()).accounts).toEqual([]);
        const parsed = parseWorkspaceFile(file);
        if (!parsed.ok) throw new Error(parsed.error);
        await replaceWorkspace('Restore', parsed.data);
        expect(normalized(await readWorkspace())).toEqual(normalized(ws));
      }),
      { numRuns: 20 },
    );
  }, 120_000);

  const broken: [string, string, RegExp][] = [
    [
      'a file where two accounts share an id',
      (() => {
        const file = JSON.parse(serializeWorkspace(emptyWorkspace(), 'x')) as {
          data: { accounts: unknown[] };
        };
        file.data.accounts = [
          makeAccount({ id: 'dup' }),
          makeAccount({ id: 'dup', name: 'Other' }),
        ];
        return JSON.stringify(file);
      })(),
      /accounts row 2 \(id dup\), field "id": repeats the id "dup" of row 1/,
    ],
    [
      'a backup that says "version": 0 but has the later "data" layout',
      (() => {
        const file = JSON.parse(serializeWorkspace(emptyWorkspace(), 'x')) as {
          version: number;
          data: { accounts: unknown[] };
        };
        file.version = 0;
        file.data.accounts = [makeAccount({ id: 'new' })];
        return JSON.stringify(file);
      })(),
      /says format version 0, but it has a "data" section/,
    ],
    [
      'a backup whose settings are "abc"',
      (() => {
        const file = JSON.parse(serializeWorkspace(emptyWorkspace(), 'x')) as {
          data: Record<string, unknown>;
        };
        file.data.settings = 'abc';
        return JSON.stringify(file);
      })(),
      /data\.settings must be an object, not the text "abc"/,
    ],
    [
      'a backup without blackouts',
      (() => {
        const file = JSON.parse(serializeWorkspace(emptyWorkspace(), 'x')) as {
          data: Record<string, unknown>;
        };
        delete file.data.blackouts;
        return JSON.stringify(file);
      })(),
      /data\.blackouts is missing/,
    ],
    ['a binary file', '\u0000\u0001PK\u0003\u0004', /not a JSON file/],
    ['an empty file', '', /empty/],
    ['a CSV file', 'Account Name,Website\nAcme,acme.example\n', /not a JSON file/],
    ["another app's JSON", '{"accounts": []}', /not an ABM Workbench workspace/],
    [
      'a file from a newer version',
      JSON.stringify({ format: 'abm-workbench/workspace', version: 99, data: {} }),
      /newer ABM Workbench/,
    ],
    [
      'a file with an impossible date in row 2 of motions',
      (() => {
        const ws = emptyWorkspace();
        const file = JSON.parse(serializeWorkspace(ws, 'x')) as { data: { motions: unknown[] } };
        const m = {
          id: 'm1',
          name: 'ok',
          kind: 'ads',
          team: 'Marketing',
          channel: 'ads',
          start: '2027-01-01',
          end: '2027-01-31',
          touchesPerWeek: 1,
          theme: '',
          budget: null,
          status: 'Planned',
          owner: '',
          parentProgram: '',
          color: '',
          audience: { tiers: [], segments: [], match: 'all', include: [], exclude: [] },
          salesforceId: '',
          createdAt: '',
          updatedAt: '',
        };
        file.data.motions = [m, { ...m, id: 'm2', start: '2027-02-30' }];
        return JSON.stringify(file);
      })(),
      /motions row 2 \(id m2\), field "start": must be a calendar date/,
    ],
  ];

  it.each(broken)(
    'restoring %s is refused with a clear message and changes nothing',
    async (_name, text, message) => {
      await replaceWorkspace('Seed', {
        ...emptyWorkspace(),
        accounts: [makeAccount({ id: 'keep' })],
      });
      const before = await readWorkspace();
      const result = await restoreWorkspace({
        name: 'backup.json',
        bytes: new TextEncoder().encode(text),
      });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error).toMatch(message);
        expect(result.error.startsWith('backup.json: ')).toBe(true);
        expect(result.error.endsWith('Nothing was restored.')).toBe(true);
      }
      expect(await readWorkspace()).toEqual(before);
      expect(history.snapshot().undoLabel).toBe('Seed');
    },
  );

  it('a version 0 file (tables at the top level) is migrated on read, keeping unknown fields', () => {
    const v0 = JSON.stringify({
      format: 'abm-workbench/workspace',
      version: 0,
      accounts: [{ ...makeAccount({ id: 'old' }), legacyField: 'kept' }],
    });
    const parsed = parseWorkspaceFile(v0);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.migratedFrom).toBe(0);
      expect(parsed.data.accounts[0]).toMatchObject({ id: 'old', legacyField: 'kept' });
      expect(parsed.data.motions).toEqual([]);
    }
  });

  it('a future format version is read through its migration chain', () => {
    const file = serializeWorkspace(emptyWorkspace(), 'x');
    const migrations = [
      { from: 7, migrate: (d: Record<string, unknown>) => ({ ...d, upgraded: true }) },
    ];
    const parsed = parseWorkspaceFile(file, 'f', migrations, 8);
    expect(parsed.ok).toBe(true);
    expect(parseWorkspaceFile(file, 'f', [], 8)).toEqual({
      ok: false,
      error: 'f: no migration from format version 7.',
    });
    expect(WORKSPACE_VERSION).toBe(7);
  });
});

describe('format version 2', () => {
  it('a version 1 file gains an empty owner directory, no duplicate ids and unknown CRM values, keeping every row', () => {
    const v1 = JSON.parse(serializeWorkspace(emptyWorkspace(), 'x')) as {
      version: number;
      data: Record<string, unknown>;
    };
    v1.version = 1;
    delete v1.data.owners;
    const account = { ...makeAccount({ id: 'a7' }) } as Record<string, unknown>;
    delete account.duplicateSalesforceIds;
    delete account.duplicateHubspotIds;
    delete account.importedFromSalesforce;
    delete account.importedFromHubspot;
    v1.data.accounts = [account];
    const parsed = parseWorkspaceFile(JSON.stringify(v1), 'old.json');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.migratedFrom).toBe(1);
    expect(parsed.data.owners).toEqual([]);
    expect(parsed.data.accounts).toHaveLength(1);
    expect(parsed.data.accounts[0]).toMatchObject({
      id: 'a7',
      duplicateSalesforceIds: [],
      duplicateHubspotIds: [],
      importedFromSalesforce: null,
      importedFromHubspot: null,
    });
  });

  it('a version 1 motion keeps its accounts: its tiers and segments match any', () => {
    const v1 = JSON.parse(serializeWorkspace(emptyWorkspace(), 'x')) as {
      version: number;
      data: Record<string, unknown>;
    };
    v1.version = 1;
    const motion = newMotion('m1', '2027-02-01', '2027-01-01T00:00:00.000Z', {
      audience: { tiers: [1], segments: ['fintech'], match: 'all', include: [], exclude: [] },
    });
    const { match: _dropped, ...oldAudience } = motion.audience;
    v1.data.motions = [{ ...motion, audience: oldAudience }];
    const parsed = parseWorkspaceFile(JSON.stringify(v1), 'old.json');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.data.motions[0]?.audience).toEqual({ ...oldAudience, match: 'any' });
    // A current file says what it means and is read as written.
    const current = serializeWorkspace({ ...emptyWorkspace(), motions: [motion] }, 'x');
    const again = parseWorkspaceFile(current, 'new.json');
    expect(again.ok && again.data.motions[0]?.audience.match).toBe('all');
  });
});

describe('workspace JSON Schema', () => {
  it('the committed shared/workspace/workspace.schema.json matches the validator', () => {
    const path = new URL('../../../shared/workspace/workspace.schema.json', import.meta.url);
    const generated = JSON.stringify(workspaceJsonSchema(), null, 2) + '\n';
    // Regenerate with UPDATE_SCHEMA=1 npx vitest run test/unit/workspace
    if (process.env.UPDATE_SCHEMA) writeFileSync(path, generated);
    expect(existsSync(path)).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(generated);
  });
});
