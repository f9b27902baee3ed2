/**
 * One fuzz case: the files a command gets, its arguments, and what it may write. Both the
 * generators (csvCases.ts, workspaceCases.ts) and the two runners (pure core, real process)
 * speak this shape.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type Scale = 'test' | 'full';

export interface FuzzCase {
  id: number;
  family: 'csv' | 'workspace';
  kind: string;
  /** File name (relative, in the case's folder) → bytes. */
  files: Record<string, Uint8Array>;
  argv: string[];
  /** The workspace file the command reads, which must not change when it fails. */
  workspace: string;
  /** Files the command may create or replace when it succeeds. */
  outputs: string[];
}

const encoder = new TextEncoder();
export const utf8 = (text: string): Uint8Array => encoder.encode(text);

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A repository file, read once (the fuzz runs from the repository root, as npm does). */
const cache = new Map<string, Uint8Array>();
export function repoFile(path: string): Uint8Array {
  let bytes = cache.get(path);
  if (!bytes) {
    bytes = new Uint8Array(readFileSync(resolve(path)));
    cache.set(path, bytes);
  }
  return bytes;
}

/** The current-version workspace with data in every table: the base every case starts from. */
export const baseWorkspace = () => repoFile('test/fixtures/workspace/format-v2.abmworkspace.json');
