// The fast path of reading a workspace file says "certainly valid" only where the full check
// (nesting limit + schema) passes too; a wrong value anywhere it checks by hand sends the file
// down the full path, which names the problem.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildSampleWorkspace } from '../../../shared/sample/sampleWorkspace';
import { sampleColleagueWorkspace } from '../../../shared/sample/sampleColleague';
import { parseWorkspaceFile, serializeWorkspace } from '../../../shared/workspace/workspaceFile';
import { certainlyValidWorkspace } from '../../../shared/workspace/fastWorkspaceCheck';
import { FAST_TABLES } from '../../../shared/workspace/fastRowChecks';
import { tableSchemas, workspaceFileSchema } from '../../../shared/workspace/workspaceFileSchema';
import { MAX_WORKSPACE_DEPTH, pathDeeperThan } from '../../../shared/workspace/nestingDepth';

const TODAY = '2027-01-04';
const sample = sampleColleagueWorkspace(buildSampleWorkspace(TODAY), TODAY);
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a parsed file, mutated freely
type Doc = Record<string, any>;
// The sample with each table cut to its first rows (and their stamps): every kind of row and
// stamp, small enough to check hundreds of times.
const text = (() => {
  const doc = JSON.parse(
    serializeWorkspace(sample.data, '2027-01-04T09:00:00.000Z', '0.1.0', sample.sync),
  ) as Doc;
  for (const [table, rows] of Object.entries(doc.data)) {
    if (Array.isArray(rows)) doc.data[table] = rows.slice(0, 3);
  }
  for (const [table, rows] of Object.entries(doc.sync.stamps as Record<string, object>)) {
    doc.sync.stamps[table] = Object.fromEntries(Object.entries(rows).slice(0, 3));
  }
  return JSON.stringify(doc);
})();
const freshDoc = (): Doc => JSON.parse(text) as Doc;

/**
 * Sets `name` as an own property, as JSON.parse does: a plain assignment of "__proto__" would
 * set the object's prototype instead, which no file can do (fast-check found that one).
 */
function setOwn(at: Doc, name: string, value: unknown): void {
  Object.defineProperty(at, name, { value, enumerable: true, writable: true, configurable: true });
}

function fullCheckPasses(doc: Doc): boolean {
  return (
    pathDeeperThan(doc, MAX_WORKSPACE_DEPTH) === null && workspaceFileSchema.safeParse(doc).success
  );
}

const WRONG: unknown[] = [
  [[[]]],
  { x: 1 },
  'text',
  '',
  7,
  -1,
  150,
  null,
  true,
  '2027-02-30',
  [],
  ['a', 1],
  { name: 5 },
  { a: 'b' },
];

function nested(depth: number): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = { deeper: v };
  return v;
}

describe('the fast check of a workspace file', () => {
  it('passes the sample workspace, with its big tables and stamps, as the full check does', () => {
    const doc = freshDoc();
    expect(doc.data.accounts.length).toBeGreaterThan(0);
    expect(doc.data.contacts.length).toBeGreaterThan(0);
    expect(doc.data.opportunities.length).toBeGreaterThan(0);
    expect(Object.keys(doc.sync.stamps).length).toBeGreaterThan(0);
    expect(certainlyValidWorkspace(doc)).toBe(true);
    expect(fullCheckPasses(doc)).toBe(true);
  });

  it('checks exactly the fields of each big table its schema has', () => {
    for (const [table, shape] of Object.entries(FAST_TABLES)) {
      const schema = tableSchemas[table as keyof typeof tableSchemas] as unknown as {
        shape: Record<string, unknown>;
      };
      expect(shape.fields.map(([f]) => f).sort(), table).toEqual(Object.keys(schema.shape).sort());
    }
  });

  it('never passes a row field the schema refuses, and refuses some value of every field', () => {
    for (const table of Object.keys(FAST_TABLES)) {
      const fields = Object.keys(freshDoc().data[table][0] as object);
      for (const field of fields) {
        let refused = 0;
        for (const value of WRONG) {
          const doc = freshDoc();
          setOwn(doc.data[table][0], field, value);
          const full = fullCheckPasses(doc);
          if (!full) refused++;
          if (certainlyValidWorkspace(doc))
            expect(full, `${table}.${field} = ${JSON.stringify(value)}`).toBe(true);
        }
        expect(refused, `${table}.${field}`).toBeGreaterThan(0);
      }
    }
  });

  it('never passes a nested CRM value, a missing field or a repeated id the schema refuses', () => {
    const cases: ((doc: Doc) => void)[] = [
      (d) => (d.data.accounts[0].importedFromSalesforce = { name: 5 }),
      (d) => (d.data.accounts[0].importedFromHubspot = { employees: 'many' }),
      (d) => (d.data.accounts[0].importedFromHubspot = []),
      (d) => delete d.data.accounts[0].notes,
      (d) => delete d.data.contacts[0].email,
      (d) => (d.data.accounts[1].id = d.data.accounts[0].id),
      (d) => (d.data.opportunities[1].id = d.data.opportunities[0].id),
      (d) => (d.data.motions[0].end = '2000-01-01'),
      (d) => delete d.data.blackouts,
      (d) => (d.data.settings.weeklyTouchCap = -1),
      (d) => (d.savedAt = 5),
      (d) => (d.app = { name: 'x' }),
    ];
    for (const [i, mutate] of cases.entries()) {
      const doc = freshDoc();
      mutate(doc);
      expect(fullCheckPasses(doc), `case ${i}`).toBe(false);
      expect(certainlyValidWorkspace(doc), `case ${i}`).toBe(false);
    }
  });

  it('never passes a stamp, version vector or installation id the schema refuses', () => {
    const table = Object.keys(freshDoc().sync.stamps)[0] as string;
    const key = Object.keys(freshDoc().sync.stamps[table])[0] as string;
    const cases: ((doc: Doc) => void)[] = [
      (d) => (d.sync.stamps[table][key].base = 'yesterday'),
      (d) => (d.sync.stamps[table][key] = { fields: {} }),
      (d) => (d.sync.stamps[table][key].fields = { notes: 5 }),
      (d) => (d.sync.stamps[table][key].fields = null),
      (d) => (d.sync.stamps[table] = []),
      (d) => (d.sync.versionVector = { laptop: 'now' }),
      (d) => (d.sync.installationId = ''),
      (d) => (d.sync.tombstones = { accounts: { a1: 12 } }),
      (d) => delete d.sync.tombstones,
      (d) => delete d.sync,
    ];
    for (const [i, mutate] of cases.entries()) {
      const doc = freshDoc();
      mutate(doc);
      expect(fullCheckPasses(doc), `case ${i}`).toBe(false);
      expect(certainlyValidWorkspace(doc), `case ${i}`).toBe(false);
    }
  });

  it('keeps the nesting limit everywhere, in fields of a newer build too', () => {
    const key = (d: Doc) => Object.keys(d.sync.stamps.accounts ?? d.sync.stamps.motions)[0]!;
    const places: ((doc: Doc, v: unknown) => void)[] = [
      (d, v) => (d.data.accounts[0].fromNewerBuild = v),
      (d, v) => (d.data.accounts[0].importedFromSalesforce = { name: 'x', extra: v }),
      (d, v) => (d.data.contacts[0].extra = v),
      (d, v) => (d.data.motions[0].extra = v),
      (d, v) => (d.data.newTable = v),
      (d, v) => (d.sync.extra = v),
      (d, v) => ((d.sync.stamps.accounts ?? d.sync.stamps.motions)[key(d)].extra = v),
      (d, v) => (d.extra = v),
    ];
    for (const [i, put] of places.entries()) {
      const deep = freshDoc();
      put(deep, nested(MAX_WORKSPACE_DEPTH + 1));
      expect(certainlyValidWorkspace(deep), `place ${i}`).toBe(false);
      const result = parseWorkspaceFile(JSON.stringify(deep), 'deep.json');
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/nested more than 64 levels/);
      const shallow = freshDoc();
      put(shallow, nested(3));
      expect(certainlyValidWorkspace(shallow), `place ${i}`).toBe(true);
    }
  });

  it('a random value anywhere it looks passes only where the full check passes (property)', () => {
    const paths = fc.constantFrom(
      ['data', 'accounts', 0],
      ['data', 'contacts', 0],
      ['data', 'opportunities', 0],
      ['data', 'accounts', 0, 'importedFromSalesforce'],
      ['sync'],
      ['sync', 'versionVector'],
    );
    fc.assert(
      fc.property(
        paths,
        fc.string({ maxLength: 24 }),
        fc.jsonValue({ maxDepth: 3 }),
        (path, field, value) => {
          const doc = freshDoc();
          let at: Doc = doc;
          for (const p of path) at = at[p as string];
          if (at === null || typeof at !== 'object') return;
          const keys = Object.keys(at);
          // Half the time an existing field, else a new one.
          const name =
            field.length % 2 === 0 && keys.length > 0 ? keys[field.length % keys.length]! : field;
          setOwn(at, name, value);
          if (certainlyValidWorkspace(doc)) expect(fullCheckPasses(doc)).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });
});
