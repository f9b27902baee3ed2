// Every format version the app ever wrote opens with every row and field it holds, and a file
// that only claims to be a version, or lacks or mistypes a part its version requires, is refused
// with where the problem is — never emptied, never reset to defaults.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/runCli';
import { DEFAULT_PERSONA_RULES } from '../../../shared/contacts/personas';
import { sequentialIds } from '../../../shared/domain/ids';
import type { WorkspaceMigration } from '../../../shared/workspace/migrations';
import { WORKSPACE_MIGRATIONS } from '../../../shared/workspace/migrations';
import { countRows } from '../../../shared/workspace/migrationRunner';
import { emptyWorkspace, ROW_TABLES } from '../../../shared/workspace/workspaceData';
import {
  parseWorkspaceFile,
  serializeWorkspace,
  WORKSPACE_VERSION,
} from '../../../shared/workspace/workspaceFile';
import { makeAccount } from './fixtures';

type Doc = Record<string, unknown> & { data: Record<string, unknown[]> };
/** What the version 5 step adds to the settings of an older file. */
const RESULTS_SETTINGS_ADDED = {
  influenceWindowDays: 30,
  plannedTouchesPerTier: { tier1: 13, tier2: 6, tier3: 3 },
  budgetAllocations: {},
};
const fixture = (version: number) =>
  readFileSync(
    new URL(`../../fixtures/workspace/format-v${version}.abmworkspace.json`, import.meta.url),
    'utf8',
  );
/** What the version 6 migration adds to the settings of an older file. */
const ADDED_IN_V6 = {
  personaRules: DEFAULT_PERSONA_RULES.map((r) => ({ ...r })),
  campaignMemberStatus: 'Sent',
};
/** What the version 9 migration adds to older settings: the person cap and its rule's severity. */
function withV9<T>(settings: T): T {
  const s = settings as { severities: Record<string, string> };
  return {
    ...settings,
    personTouchCap: 2,
    severities: { ...s.severities, 'person-pressure': 'warn' },
  } as T;
}
/** What a file before version 3 let the planner do: the default then, all but reassign. */
const V2_PLANNER_MOVES = ['shift', 'exclude', 'primary', 'stagger', 'handover'];
const current = (): Doc => JSON.parse(serializeWorkspace(emptyWorkspace(), 'x')) as Doc;

function refusal(text: string, name = 'ws.json'): string {
  const parsed = parseWorkspaceFile(text, name);
  if (parsed.ok) throw new Error(`accepted: ${text.slice(0, 200)}`);
  return parsed.error;
}

describe('every format version the app wrote opens losslessly', () => {
  const v1 = JSON.parse(fixture(1)) as Doc;

  it('the fixtures hold rows in every table their version has', () => {
    const v0 = JSON.parse(fixture(0)) as Record<string, unknown[]>;
    const v2 = JSON.parse(fixture(2)) as Doc;
    const v3 = JSON.parse(fixture(3)) as Doc;
    const v4 = JSON.parse(fixture(4)) as Doc;
    const v5 = JSON.parse(fixture(5)) as Doc;
    const v6 = JSON.parse(fixture(6)) as Doc;
    for (const table of ROW_TABLES) {
      expect(v6.data[table]?.length, `v6 ${table}`).toBeGreaterThan(0);
      if (table === 'contacts') continue; // version 6 added contacts and leads
      expect(v5.data[table]?.length, `v5 ${table}`).toBeGreaterThan(0);
      if (table === 'opportunities') continue; // version 5 added the quarter's results
      expect(v4.data[table]?.length, `v4 ${table}`).toBeGreaterThan(0);
      if (table === 'operatingAgreements') continue; // version 4 added the agreement
      expect(v3.data[table]?.length, `v3 ${table}`).toBeGreaterThan(0);
      expect(v2.data[table]?.length, `v2 ${table}`).toBeGreaterThan(0);
      if (table === 'owners') continue; // version 2 added the owner directory
      expect(v1.data[table]?.length, `v1 ${table}`).toBeGreaterThan(0);
      expect(v0[table]?.length, `v0 ${table}`).toBeGreaterThan(0);
    }
  });

  it.each([0, 1])('version %i keeps every row and every field on upgrade', (version) => {
    const parsed = parseWorkspaceFile(fixture(version), `format-v${version}.json`);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.migratedFrom).toBe(version);
    const data = parsed.data as unknown as Record<string, unknown>;
    for (const table of ROW_TABLES) {
      const newer = ['owners', 'opportunities', 'operatingAgreements', 'contacts'];
      if (newer.includes(table)) {
        expect(data[table], table).toEqual([]);
        continue;
      }
      const old = v1.data[table] as Record<string, unknown>[];
      const upgraded = data[table] as Record<string, unknown>[];
      expect(upgraded, table).toHaveLength(old.length);
      const added =
        table === 'accounts'
          ? {
              duplicateSalesforceIds: [],
              duplicateHubspotIds: [],
              importedFromSalesforce: null,
              importedFromHubspot: null,
            }
          : {};
      // Version 1 always united tiers and segments: its audiences become "match any".
      const upgrade = (row: Record<string, unknown>) =>
        table === 'motions'
          ? { ...row, audience: { ...(row.audience as object), match: 'any' } }
          : { ...row, ...added };
      expect(upgraded, table).toEqual(old.map(upgrade));
    }
    expect(parsed.data.settings).toEqual(
      withV9({
        ...v1.data.settings,
        notDuplicates: [],
        dateOrder: 'ask',
        ...RESULTS_SETTINGS_ADDED,
        ...ADDED_IN_V6,
        plannerMoves: V2_PLANNER_MOVES,
      }),
    );
    expect(parsed.data.accounts[0]).toMatchObject({ legacyField: 'kept from an older build' });
  });

  it('version 2 keeps every row and gains no results, the review settings at their start values', () => {
    const v2 = JSON.parse(fixture(2)) as Doc;
    const parsed = parseWorkspaceFile(fixture(2), 'format-v2.json');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.migratedFrom).toBe(2);
    const { settings, ...tables } = v2.data as Record<string, unknown>;
    expect(parsed.data).toEqual({
      ...tables,
      operatingAgreements: [],
      opportunities: [],
      contacts: [],
      settings: withV9({
        ...(settings as object),
        plannerMoves: V2_PLANNER_MOVES,
        ...RESULTS_SETTINGS_ADDED,
        ...ADDED_IN_V6,
      }),
    });
  });

  it('version 4 opens with its agreement and gains no results', () => {
    const v4 = JSON.parse(fixture(4)) as Doc;
    const parsed = parseWorkspaceFile(fixture(4), 'format-v4.json');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.migratedFrom).toBe(4);
    expect(parsed.data.operatingAgreements).toEqual(v4.data.operatingAgreements);
    expect(parsed.data.operatingAgreements[0]).toMatchObject({
      agreed: { stages: '2027-01-12', handoff: null },
      handoff: { sla: 'Sales calls within 4 business hours' },
      laterField: 'kept from a newer build',
    });
    expect(parsed.data.opportunities).toEqual([]);
  });

  it('version 3 opens with its planning constraints and gains an empty agreement list', () => {
    const v3 = JSON.parse(fixture(3)) as Doc;
    expect(v3.version).toBe(3);
    const parsed = parseWorkspaceFile(fixture(3), 'format-v3.json');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.migratedFrom).toBe(3);
    expect(parsed.data.motions).toEqual(v3.data.motions);
    expect(parsed.data.motions.filter((m) => m.planning).length).toBe(3);
    expect(parsed.data.settings.plannerMoves).toContain('reassign');
    expect(parsed.data.operatingAgreements).toEqual([]);
    expect(parsed.data.accounts).toEqual(v3.data.accounts);
  });

  it('an agreement with a part agreed on a day that is no date is refused, naming it', () => {
    const v5 = JSON.parse(fixture(5)) as Doc;
    const row = v5.data.operatingAgreements?.[0] as { agreed: Record<string, unknown> };
    row.agreed.handoff = '12/01/2027';
    expect(refusal(JSON.stringify(v5))).toMatch(/operatingAgreements.*agreed.*handoff/s);
  });

  it('version 5 keeps its results and gains no contacts, the persona rules and the member status', () => {
    const v5 = JSON.parse(fixture(5)) as Doc;
    const parsed = parseWorkspaceFile(fixture(5), 'format-v5.json');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.migratedFrom).toBe(5);
    expect(parsed.data).toEqual({
      ...v5.data,
      contacts: [],
      settings: withV9({ ...(v5.data.settings as unknown as object), ...ADDED_IN_V6 }),
    });
    expect(parsed.data.opportunities[0]).toMatchObject({ legacyField: 'kept' });
  });

  it('version 6 opens with every row, no stamps yet, and saves back the same', () => {
    const v6 = JSON.parse(fixture(6)) as Doc;
    const parsed = parseWorkspaceFile(fixture(6));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.migratedFrom).toBe(6);
    expect(parsed.sync).toEqual({
      installationId: null,
      versionVector: {},
      stamps: {},
      tombstones: {},
    });
    const upgraded = { ...v6.data, settings: withV9(v6.data.settings) };
    expect(parsed.data).toEqual(upgraded);
    const again = parseWorkspaceFile(serializeWorkspace(parsed.data, 'y'));
    expect(again.ok && again.data).toEqual(upgraded);
  });

  it('version 9 opens with its person cap and person-pressure severity as written', () => {
    const v9 = JSON.parse(fixture(9)) as Doc;
    expect(v9.version).toBe(9);
    for (const table of ROW_TABLES) expect(v9.data[table]?.length, table).toBeGreaterThan(0);
    const parsed = parseWorkspaceFile(fixture(9), 'format-v9.json');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.migratedFrom).toBeNull();
    expect(parsed.data).toEqual(v9.data);
    expect(parsed.data.settings.personTouchCap).toBe(3);
    expect(parsed.data.settings.severities['person-pressure']).toBe('block');
    const again = parseWorkspaceFile(serializeWorkspace(parsed.data, 'y'));
    expect(again.ok && again.data).toEqual(v9.data);
  });

  it('a version 9 file without the person cap is refused, naming the setting', () => {
    const v9 = JSON.parse(fixture(9)) as Doc & { data: { settings: Record<string, unknown> } };
    delete v9.data.settings.personTouchCap;
    expect(refusal(JSON.stringify(v9))).toMatch(/personTouchCap/);
  });
});

describe('a file that only claims a version is refused, never emptied', () => {
  it('"version": 0 on a file with a "data" section (the later layout)', () => {
    const doc = current();
    doc.version = 0;
    doc.data.accounts = [makeAccount({ id: 'a1' })];
    expect(refusal(JSON.stringify(doc))).toMatch(
      /^ws\.json: the file says format version 0, but it has a "data" section.*not a version 0 file\.$/,
    );
  });

  it('"version": 0 with none of the version 0 tables', () => {
    const text = JSON.stringify({ format: 'abm-workbench/workspace', version: 0, rows: [1, 2] });
    expect(refusal(text)).toMatch(/says format version 0, but it holds none of the tables/);
  });

  it('"version": 0 with a table that is not a list', () => {
    const text = JSON.stringify({ format: 'abm-workbench/workspace', version: 0, accounts: {} });
    expect(refusal(text)).toMatch(/"accounts" must be a list of rows/);
  });

  it('a version 1 file without its "data" section', () => {
    const text = JSON.stringify({ format: 'abm-workbench/workspace', version: 1, accounts: [] });
    expect(refusal(text)).toMatch(/^ws\.json: the "data" section is missing\.$/);
  });

  it.each([
    ['"2" (text)', '2', /not the text "2"/],
    ['1.5', 1.5, /not the number 1\.5/],
    ['-1', -1, /not the number -1/],
    ['null', null, /not null/],
    ['a list', [2], /not a list/],
  ])('"version": %s', (_name, version, message) => {
    const doc = current();
    doc.version = version;
    const error = refusal(JSON.stringify(doc));
    expect(error).toMatch(`"version" must be a whole number from 0 to ${WORKSPACE_VERSION}`);
    expect(error).toMatch(message);
  });

  it('a file with no version', () => {
    const doc = current();
    delete doc.version;
    expect(refusal(JSON.stringify(doc))).toMatch(/has no "version"/);
  });
});

describe('a part that is missing or of the wrong type is refused, not reset', () => {
  it.each([
    ['the text "abc"', 'abc'],
    ['a list', []],
    ['null', null],
    ['the number 7', 7],
  ])('settings that are %s', (shown, settings) => {
    const doc = current();
    (doc.data as Record<string, unknown>).settings = settings;
    expect(refusal(JSON.stringify(doc))).toBe(
      `ws.json: data.settings must be an object, not ${shown}.`,
    );
  });

  it.each(['settings', 'blackouts', 'accounts', 'owners', 'raciGrids'])(
    'a current file without "%s"',
    (part) => {
      const doc = current();
      delete doc.data[part];
      expect(refusal(JSON.stringify(doc))).toMatch(
        new RegExp(`^ws\\.json: data\\.${part} is missing \\(it must be an? (object|list)\\)`),
      );
    },
  );

  it('settings missing one setting, in a current file', () => {
    const doc = current();
    delete (doc.data.settings as unknown as Record<string, unknown>).weeklyTouchCap;
    expect(refusal(JSON.stringify(doc))).toMatch(
      /data\.settings\.weeklyTouchCap is missing \(it must be a number\)/,
    );
  });

  it('a version 1 file with settings "abc" or without blackouts', () => {
    const v1 = JSON.parse(fixture(1)) as Doc;
    (v1.data as Record<string, unknown>).settings = 'abc';
    expect(refusal(JSON.stringify(v1))).toMatch(/data\.settings must be an object, not the text/);
    const v1b = JSON.parse(fixture(1)) as Doc;
    delete v1b.data.blackouts;
    expect(refusal(JSON.stringify(v1b))).toMatch(/data\.blackouts is missing/);
  });

  it('values nested deeper than any workspace (which would overflow the stack)', () => {
    expect(refusal(deepText(100_000))).toMatch(
      /^ws\.json: data\.accounts\.0\.custom\.x\.x.*: values are nested more than 64 levels deep/,
    );
    expect(parseWorkspaceFile(deepText(50)).ok).toBe(false); // custom holds text only
  });
});

/** A workspace whose one account's custom field nests `depth` objects (built as text). */
function deepText(depth: number): string {
  const doc = current();
  doc.data.accounts = [makeAccount({ id: 'deep' }) as never];
  const text = JSON.stringify(doc);
  return text.replace('"custom":{}', `"custom":${'{"x":'.repeat(depth)}1${'}'.repeat(depth)}`);
}

describe('a value of the wrong kind says what it must be', () => {
  it.each([
    [
      'a tier of 7',
      ['accounts', 0, 'tier'],
      7,
      /accounts row 1 \(id [^)]+\), field "tier" must be one of 1, 2, 3, not the number 7\./,
    ],
    [
      'a criterion of an unknown kind',
      ['icpProfiles', 0, 'criteria', 0, 'kind'],
      'size',
      /icpProfiles row 1 \(id [^)]+\), field "criteria\.0\.kind" must be one of "industry", "employees", "revenue", "region", "tag", not the text "size"\./,
    ],
    [
      'an industry criterion without its values',
      ['icpProfiles', 0, 'criteria', 0, 'values'],
      undefined,
      /field "criteria\.0\.values" is missing \(it must be a list\)/,
    ],
    [
      'a motion status',
      ['motions', 0, 'status'],
      'Done',
      /field "status" must be one of "Planned", .*not the text "Done"/,
    ],
  ])('%s', (_name, path, value, message) => {
    const v2 = JSON.parse(fixture(2)) as Doc;
    let at = v2.data as unknown as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
    const last = path[path.length - 1] as string | number;
    if (value === undefined) delete at[last];
    else at[last] = value;
    if (path[0] === 'icpProfiles' && path.includes('values')) {
      (at as Record<string, unknown>).kind = 'industry';
    }
    expect(refusal(JSON.stringify(v2))).toMatch(message);
  });
});

describe('nothing is lost on the way', () => {
  it('a custom field named "__proto__" survives a backup and restore', () => {
    const doc = current();
    const account = makeAccount({ id: 'p' }) as unknown as Record<string, unknown>;
    account.custom = JSON.parse('{"__proto__": "kept", "constructor": "also kept"}');
    doc.data.accounts = [account];
    const parsed = parseWorkspaceFile(JSON.stringify(doc));
    if (!parsed.ok) throw new Error(parsed.error);
    const custom = parsed.data.accounts[0]?.custom ?? {};
    expect(Object.getOwnPropertyDescriptor(custom, '__proto__')?.value).toBe('kept');
    expect(custom.constructor).toBe('also kept');
    expect(JSON.parse(serializeWorkspace(parsed.data, 'x')).data.accounts[0].custom).toEqual(
      JSON.parse('{"__proto__": "kept", "constructor": "also kept"}'),
    );
  });
});

describe('the migration runner never loses a row', () => {
  const dropping = (what: string, migrate: WorkspaceMigration['migrate']) => ({ what, migrate });

  it.each([
    dropping('drops one account', (doc) => {
      const data = doc.data as Record<string, unknown[]>;
      data.accounts = (data.accounts ?? []).slice(1);
      return doc;
    }),
    dropping('empties a table', (doc) => {
      (doc.data as Record<string, unknown[]>).motions = [];
      return doc;
    }),
    dropping('forgets a table', (doc) => {
      delete (doc.data as Record<string, unknown>).raciGrids;
      return doc;
    }),
  ])('a migration that $what is refused with the table named', ({ migrate }) => {
    const parsed = parseWorkspaceFile(fixture(3), 'ws.json', [{ from: 3, migrate }], 4);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toMatch(
        /upgrading from format version 3 to 4 would lose rows of "(accounts|motions|raciGrids)" \(\d+ read, \d+ kept\)/,
      );
    }
  });

  it('every shipped migration keeps the row count of every table of its fixture', () => {
    let doc = JSON.parse(fixture(0)) as Record<string, unknown>;
    for (const step of WORKSPACE_MIGRATIONS) {
      expect(step.refuses?.(doc) ?? null).toBeNull();
      const before = countRows(doc);
      doc = step.migrate(structuredClone(doc));
      for (const [table, rows] of before) expect(countRows(doc).get(table)).toBe(rows);
    }
  });
});

describe('the command line on such files', () => {
  const run = (argv: string[], files: Record<string, string>) =>
    runCli(argv, {
      readFile: (path) => (path in files ? new TextEncoder().encode(files[path]) : null),
      now: '2027-01-05T10:00:00.000Z',
      newId: sequentialIds('t'),
    });

  it('an import into a workspace that says version 0 but is not is refused (exit 2, no write)', () => {
    const doc = JSON.parse(fixture(2)) as Doc;
    doc.version = 0;
    const result = run(['import-accounts', 'a.csv', '--workspace', 'ws.json'], {
      'ws.json': JSON.stringify(doc),
      'a.csv': 'Account Name,Website\r\nAcme,acme.com\r\n',
    });
    expect(result.exitCode).toBe(2);
    expect(result.writes).toEqual([]);
    expect(result.stderr).toMatch(/^ws\.json: the file says format version 0, but it has a "data"/);
  });

  it('an import into a workspace whose settings are "abc" is refused (exit 2, no write)', () => {
    const doc = JSON.parse(fixture(2)) as Doc;
    (doc.data as Record<string, unknown>).settings = 'abc';
    const result = run(['import-accounts', 'a.csv', '--workspace', 'ws.json'], {
      'ws.json': JSON.stringify(doc),
      'a.csv': 'Account Name,Website\r\nAcme,acme.com\r\n',
    });
    expect(result.exitCode).toBe(2);
    expect(result.writes).toEqual([]);
    expect(result.stderr).toContain('data.settings must be an object, not the text "abc"');
  });
});
