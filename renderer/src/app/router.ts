/**
 * Hash routing: '#/calendar?account=123'. The hash keeps the app:// origin fixed and survives
 * a reload, so the user comes back to the section they were in.
 */
import { useSyncExternalStore } from 'react';
import { isAppSection, type AppSection } from '../../../shared/app/appCommands';

/** A section of the app; the list, with labels, is shared/app/appCommands.ts. */
export type SectionId = AppSection;

export interface Route {
  section: SectionId;
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const section = isAppSection(path) ? path : 'accounts';
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
