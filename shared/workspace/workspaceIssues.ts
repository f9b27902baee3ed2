/**
 * Says where a workspace file breaks the format, in words a person editing the JSON can act on:
 * a row by table, number and id ("accounts row 13 (id a7), field "name""), anything else by its
 * path in the file ("data.settings"), and what was there instead of what belongs there.
 */
import type { z } from '../validation/zod';

const EXPECTED: Record<string, string> = {
  object: 'an object',
  array: 'a list',
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
};

function valueAt(doc: unknown, path: readonly PropertyKey[]): unknown {
  let value = doc;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') {
    return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  }
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  return typeof value === 'object' ? 'an object' : typeof value;
}

function whereOf(path: readonly string[], doc: unknown): string {
  // data.accounts.12.name → accounts row 13 (id …), field "name"
  if (path[0] === 'data' && path.length >= 3 && /^\d+$/.test(path[2] ?? '')) {
    const table = path[1] ?? '';
    const index = Number(path[2]);
    const row = valueAt(doc, ['data', table, index]) as { id?: unknown } | undefined;
    const id = typeof row?.id === 'string' ? ` (id ${row.id})` : '';
    const field = path.slice(3).join('.');
    return `${table} row ${index + 1}${id}${field ? `, field "${field}"` : ''}`;
  }
  return path.length === 0 ? 'the file' : path.join('.');
}

type Issue = z.ZodError['issues'][number];
type PathKey = Issue['path'][number];

const synthetic = (path: PathKey[], values: unknown[]): Issue =>
  ({ code: 'invalid_value', path, values, message: 'Invalid input' }) as unknown as Issue;

/**
 * A union's "Invalid input" made specific: the allowed values of a union of literals (a tier is
 * 1, 2 or 3), else the branch the value meant (its "kind" matched) with its own first problem,
 * else the allowed values of the key that tells the branches apart.
 */
function resolveUnion(issue: Issue): Issue {
  if (issue.code !== 'invalid_union') return issue;
  const branches = issue.errors;
  const onlyValues = branches.every(
    (b) => b.length === 1 && b[0]?.code === 'invalid_value' && b[0].path.length === 0,
  );
  if (onlyValues) {
    return synthetic(
      issue.path,
      branches.flatMap((b) => (b[0]?.code === 'invalid_value' ? b[0].values : [])),
    );
  }
  const isDiscriminator = (i: Issue) => i.code === 'invalid_value' && i.path.length === 1;
  const meant = branches
    .filter((b) => b.length > 0 && !b.some(isDiscriminator))
    .sort((a, b) => a.length - b.length)[0];
  if (meant?.[0]) {
    const first = meant[0];
    return resolveUnion({ ...first, path: [...issue.path, ...first.path] } as Issue);
  }
  const keys = branches.flatMap((b) => b.filter(isDiscriminator));
  const key = keys[0]?.path[0];
  if (key === undefined) return issue;
  const values = keys.flatMap((i) =>
    i.code === 'invalid_value' && i.path[0] === key ? i.values : [],
  );
  return synthetic([...issue.path, key], values);
}

function problemOf(issue: Issue, doc: unknown): string {
  const value = valueAt(doc, issue.path);
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
    return `must be one of ${allowed}, not ${value === undefined ? 'missing' : describeValue(value)}`;
  }
  if (issue.code !== 'invalid_type') return issue.message;
  const expected = EXPECTED[issue.expected] ?? issue.expected;
  if (value === undefined) return `is missing (it must be ${expected})`;
  return `must be ${expected}, not ${describeValue(value)}`;
}

export function describeIssues(error: z.ZodError, doc: unknown): string {
  const first = error.issues[0];
  if (!first) return 'the file does not match the workspace format.';
  const issue = resolveUnion(first);
  const where = whereOf(issue.path.map(String), doc);
  const problem = problemOf(issue, doc);
  const separator = issue.code === 'invalid_type' || issue.code === 'invalid_value' ? ' ' : ': ';
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : '';
  return `${where}${separator}${problem}${more}.`;
}
