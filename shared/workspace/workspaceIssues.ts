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

function problemOf(issue: z.ZodError['issues'][number], doc: unknown): string {
  if (issue.code !== 'invalid_type') return issue.message;
  const expected = EXPECTED[issue.expected] ?? issue.expected;
  const value = valueAt(doc, issue.path);
  if (value === undefined) return `is missing (it must be ${expected})`;
  return `must be ${expected}, not ${describeValue(value)}`;
}

export function describeIssues(error: z.ZodError, doc: unknown): string {
  const issue = error.issues[0];
  if (!issue) return 'the file does not match the workspace format. Nothing was restored.';
  const where = whereOf(issue.path.map(String), doc);
  const problem = problemOf(issue, doc);
  const separator = issue.code === 'invalid_type' ? ' ' : ': ';
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : '';
  return `${where}${separator}${problem}${more}. Nothing was restored.`;
}
