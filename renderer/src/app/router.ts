/**
 * Hash routing: '#/calendar?account=123'. The hash keeps the app:// origin fixed and survives
 * a reload, so the user comes back to the section they were in.
 */
import { useSyncExternalStore } from 'react';

export const SECTIONS = ['accounts', 'calendar', 'conflicts', 'raci', 'export'] as const;
export type SectionId = (typeof SECTIONS)[number];

export const SECTION_LABELS: Record<SectionId, string> = {
  accounts: 'Accounts',
  calendar: 'Calendar',
  conflicts: 'Conflicts',
  raci: 'RACI',
  export: 'Export',
};

export interface Route {
  section: SectionId;
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const section = (SECTIONS as readonly string[]).includes(path) ? (path as SectionId) : 'accounts';
  return { section, params: new URLSearchParams(query) };
}

export function navigate(section: SectionId, params?: Record<string, string>): void {
  const query = params ? `?${new URLSearchParams(params).toString()}` : '';
  window.location.hash = `#/${section}${query}`;
}

function subscribe(cb: () => void): () => void {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseHash(hash);
}
