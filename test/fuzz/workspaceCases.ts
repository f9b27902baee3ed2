/**
 * Corrupted workspace files, seeded: truncated JSON, wrong types at random paths, wrong
 * versions, dropped tables, huge arrays, deep nesting, repeated ids, flipped bytes, foreign
 * encodings, relabelled versions. Each is read by a command that would otherwise succeed.
 */
import { baseWorkspace, concat, repoFile, utf8, type FuzzCase, type Scale } from './fuzzCase';
import type { Random } from './random';
import { ROW_TABLES } from '../../shared/workspace/workspaceData';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Doc = { [key: string]: Json };

const parseBase = (): Doc => JSON.parse(new TextDecoder().decode(baseWorkspace())) as Doc;
const text = (doc: unknown, r: Random) => utf8(JSON.stringify(doc, null, r.chance(0.5) ? 1 : 0));

function randomValue(r: Random): Json {
  return r.pick<() => Json>([
    () => null,
    () => r.chance(0.5),
    () => r.pick([0, -1, 1.5, 1e308, -0, 2 ** 53 + 1, 13]),
    () => r.text(r.int(0, 12)),
    () => [],
    () => [r.text(3), 1, null],
    () => ({}),
    () => ({ id: r.text(4) }),
  ])();
}

/** Every path to a value in the document, up to a few thousand. */
function paths(doc: Json, limit = 4000): (string | number)[][] {
  const out: (string | number)[][] = [];
  const stack: { value: Json; path: (string | number)[] }[] = [{ value: doc, path: [] }];
  while (stack.length > 0 && out.length < limit) {
    const { value, path } = stack.pop() as { value: Json; path: (string | number)[] };
    if (path.length > 0) out.push(path);
    if (Array.isArray(value)) value.forEach((v, i) => stack.push({ value: v, path: [...path, i] }));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) stack.push({ value: v, path: [...path, k] });
  }
  return out;
}

function setAt(doc: Json, path: (string | number)[], value: Json | undefined): void {
  let at = doc as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, Json>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) {
    if (Array.isArray(at)) at.splice(last as number, 1);
    else delete at[last];
  } else at[last] = value;
}

// Every part of a workspace a corruption may hit: its row tables and its settings.
const TABLES: readonly string[] = [...ROW_TABLES, 'settings'];

type WorkspaceMutation = (r: Random, big: number) => Uint8Array;

export const WORKSPACE_MUTATIONS: Record<string, WorkspaceMutation> = {
  truncated: (r) => {
    const bytes = baseWorkspace();
    return bytes.slice(0, r.int(0, bytes.length - 1));
  },
  'wrong-type': (r) => {
    const doc = parseBase();
    for (let i = r.int(1, 3); i > 0; i--) setAt(doc, r.pick(paths(doc)), randomValue(r));
    return text(doc, r);
  },
  'missing-part': (r) => {
    const doc = parseBase();
    for (let i = r.int(1, 2); i > 0; i--) setAt(doc, r.pick(paths(doc)), undefined);
    return text(doc, r);
  },
  'wrong-version': (r) => {
    const doc = parseBase();
    doc.version = r.pick<Json>([-1, 0, 1, 3, 99, 1.5, '2', '', null, true, [], {}, 1e308, 2 ** 53]);
    return text(doc, r);
  },
  'dropped-table': (r) => {
    const doc = parseBase();
    const data = doc.data as Doc;
    for (let i = r.int(1, 3); i > 0; i--) delete data[r.pick(TABLES)];
    if (r.chance(0.2)) delete doc.data;
    return text(doc, r);
  },
  'huge-array': (r, big) => {
    const doc = parseBase();
    const data = doc.data as Doc;
    const accounts = data.accounts as Doc[];
    const n = r.size(big);
    const unique = r.chance(0.5);
    const first = accounts[0] as Doc;
    data.accounts = Array.from({ length: n }, (_, i) => ({
      ...first,
      id: unique ? `bulk-${i}` : 'same',
    }));
    if (r.chance(0.3)) data[r.pick(TABLES)] = Array.from({ length: n }, () => r.int(0, 9));
    return text(doc, r);
  },
  'deep-nesting': (r, big) => {
    const depth = r.size(big * 10);
    const open = r.chance(0.5) ? '[' : '{"x":';
    const close = open === '[' ? ']' : '}';
    const nested = `${open.repeat(depth)}1${close.repeat(depth)}`;
    const body = new TextDecoder().decode(baseWorkspace());
    const at = r.pick(['"custom": {}', '"state": {', '"settings": {']);
    return utf8(
      at === '"custom": {}'
        ? body.replace(at, `"custom": {"deep": ${nested}}`)
        : body.replace(at, `${at}"deep": ${nested},`),
    );
  },
  'repeated-ids': (r) => {
    const doc = parseBase();
    const data = doc.data as Doc;
    // The base file is a version 2 one: only the tables it holds can repeat an id.
    const table = r.pick(TABLES.filter((t) => t !== 'settings' && Array.isArray(data[t])));
    const rows = data[table] as Doc[];
    if (rows.length > 0) rows.push(structuredClone(rows[r.int(0, rows.length - 1)] as Doc));
    return text(doc, r);
  },
  'byte-flips': (r) => {
    const bytes = baseWorkspace().slice();
    for (let i = r.int(1, 10); i > 0; i--) bytes[r.int(0, bytes.length - 1)] = r.int(0, 255);
    return bytes;
  },
  'wrong-format': (r) => {
    const doc = parseBase();
    doc.format = r.pick<Json>(['abm-workbench/workspace ', 'ABM-WORKBENCH/WORKSPACE', null, 1, '']);
    return text(doc, r);
  },
  'relabelled-version': (r) => {
    const doc = parseBase();
    const version = r.pick([0, 1]);
    doc.version = version;
    if (version === 0 && r.chance(0.5)) {
      const { data, ...head } = doc;
      return text({ ...head, ...(data as Doc), ...(r.chance(0.5) ? { data: {} } : {}) }, r);
    }
    return text(doc, r);
  },
  encoding: (r) => {
    const body = baseWorkspace();
    return r.pick([
      () => concat(new Uint8Array([0xef, 0xbb, 0xbf]), body),
      () => concat(new Uint8Array([0xff, 0xfe]), body),
      () => concat(body.slice(0, 100), new Uint8Array([0xc3]), body.slice(100)),
      () => concat(body, new Uint8Array([0, 0, 0])),
    ])();
  },
  'odd-keys': (r) => {
    const body = new TextDecoder().decode(baseWorkspace());
    const key = r.pick(['__proto__', 'constructor', 'prototype', 'hasOwnProperty', '']);
    return utf8(
      body
        .replace('"custom": {}', `"custom": {"${key}": ${JSON.stringify(r.text(5))}}`)
        .replace('"settings": {', `"settings": {"${key}": 1,`),
    );
  },
  'huge-string': (r, big) => {
    const doc = parseBase();
    const accounts = (doc.data as Doc).accounts as Doc[];
    (accounts[0] as Doc).name = r.pick(['x', '\u0000', 'ä']).repeat(r.size(big * 100));
    return text(doc, r);
  },
  'not-a-workspace': (r) =>
    utf8(
      r.pick([
        '',
        'null',
        '[]',
        '{}',
        '42',
        '"x"',
        '{"format":"abm-workbench/workspace"}',
        'Account Name,Website\n',
        '{"a":',
      ]),
    ),
  'random-bytes': (r, big) => r.bytes(r.size(big * 4)),
};

export const WORKSPACE_KINDS = Object.keys(WORKSPACE_MUTATIONS);

/** What a case does with its workspace: read it, or read it and write it back. */
function command(r: Random): {
  argv: string[];
  outputs: string[];
  files: Record<string, Uint8Array>;
} {
  const accounts = repoFile('test/fixtures/export/cli/hubspot-companies.csv');
  return r.pick([
    () => ({
      argv: ['conflicts', '--workspace', 'ws.json', '--format', r.pick(['text', 'json', 'csv'])],
      outputs: [],
      files: {},
    }),
    () => ({
      argv: ['import-accounts', 'input.csv', '--workspace', 'ws.json'],
      outputs: ['ws.json'],
      files: { 'input.csv': accounts },
    }),
    () => ({
      argv: ['import-motions', 'input.csv', '--workspace', 'ws.json'],
      outputs: ['ws.json'],
      files: { 'input.csv': repoFile('test/fixtures/export/cli/motions.csv') },
    }),
    () => ({
      argv: [
        'export',
        '--workspace',
        'ws.json',
        '--profile',
        r.pick(['hubspot-companies', 'salesforce-campaigns', 'conflicts', 'calendar']),
        '--out',
        'out.csv',
      ],
      outputs: ['out.csv'],
      files: {},
    }),
    () => ({
      argv: [
        'raci',
        '--workspace',
        'ws.json',
        '--grid',
        r.pick(['ABM responsibility matrix', 'Nope']),
        '--format',
        'csv',
      ],
      outputs: [],
      files: {},
    }),
  ])();
}

export function workspaceCase(id: number, r: Random, scale: Scale): FuzzCase {
  const kind = r.pick(WORKSPACE_KINDS);
  const mutate = WORKSPACE_MUTATIONS[kind];
  if (!mutate) throw new Error(kind);
  const big = scale === 'full' ? 100_000 : 2_000;
  const ws = mutate(r, big);
  const { argv, outputs, files } = command(r);
  return {
    id,
    family: 'workspace',
    kind,
    files: { ...files, 'ws.json': ws },
    argv,
    workspace: 'ws.json',
    outputs,
  };
}
