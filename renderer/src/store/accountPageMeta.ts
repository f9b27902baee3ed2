/**
 * The names and shapes the accounts' stored pages go by (accountPages.ts): the page ids, the
 * revision row each write of the pages leaves (storeMeta 'accounts'), and version 7's
 * whole-row page that the upgrade reads.
 */
import type { Account } from '../../../shared/domain/types';

/** A page of whole rows: how store version 7 kept them (and what its upgrade reads). */
export interface AccountPage {
  id: string;
  rows: Account[];
  /** The fields with a stored record (absent: none yet). */
  stored?: Set<string>;
}

export interface StoreMetaRow {
  key: string;
  rev: string;
  /**
   * The revision the write that made `rev` followed, and the records it wrote and deleted:
   * a copy read at `prev` reads only those (accountSync.ts). Absent before version 10.
   */
  prev?: string;
  put?: string[];
  deleted?: string[];
  /**
   * The writes before that one, oldest first (each the revision it made, the one it
   * followed, and every key it wrote or deleted), so a copy a few writes behind (a Worker
   * that read nothing between an edit and its undo) still reads only their records.
   */
  earlier?: EarlierWrite[];
}

export interface EarlierWrite {
  rev: string;
  prev: string;
  keys: string[];
}

export const PAGES_TABLE = 'accountPages';
export const META_TABLE = 'storeMeta';
export const ACCOUNTS_META_KEY = 'accounts';
/** The revision of a store whose pages were never written. */
export const NO_REVISION = '';

export function pageId(n: number): string {
  return `p${String(n).padStart(8, '0')}`;
}

export function pageNumber(id: string): number {
  return Number(id.slice(1));
}

export function newRevision(): string {
  const c = globalThis.crypto as Crypto | undefined;
  return c?.randomUUID ? c.randomUUID() : `${Date.now()}-${Math.random()}`;
}
