/**
 * Which motion is selected, outside React state: selecting a bar re-renders the two bars whose
 * state changed and the selection toolbar — not the whole timeline of 1,000 bars.
 */
import { useSyncExternalStore } from 'react';

let selectedId: string | null = null;
const listeners = new Set<() => void>();

export function selectMotion(id: string | null): void {
  if (id === selectedId) return;
  selectedId = id;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The selected id, or always null while `active` is false (no re-render on selection then). */
export function useSelectedId(active = true): string | null {
  return useSyncExternalStore(subscribe, () => (active ? selectedId : null));
}

export function useIsSelected(id: string): boolean {
  return useSyncExternalStore(subscribe, () => selectedId === id);
}
