/**
 * Types `window.abm`, the preload's one object. Absent in a plain browser, so optional:
 * the renderer picks its platform by checking for it.
 */
import type { AbmApi } from './contract';

declare global {
  interface Window {
    abm?: AbmApi;
  }
}

export type { AbmApi };
