/**
 * Decides whether the window may navigate: only within our own app:// origin. Everything
 * else (http(s), file:, javascript:, data:) is cancelled, and new windows are always denied,
 * so a crafted link can never load foreign content next to the preload. No Electron here.
 */
import { isAppUrl } from './appOrigin';

export function isNavigationAllowed(targetUrl: string): boolean {
  return isAppUrl(targetUrl);
}

/** The shape of Electron's `will-navigate` / `will-redirect` events that we use. */
export interface CancellableNavigation {
  url: string;
  preventDefault(): void;
}

/** Returns true when the navigation was blocked. */
export function guardNavigation(
  event: CancellableNavigation,
  log?: (message: string) => void,
): boolean {
  if (isNavigationAllowed(event.url)) return false;
  event.preventDefault();
  log?.(`Blocked navigation to ${event.url}`);
  return true;
}

export const denyWindowOpen = (): { action: 'deny' } => ({ action: 'deny' });

/**
 * `will-attach-webview`: a <webview> would load a page with its own preferences next to ours
 * (webviewTag is off, this stops one injected anyway). Always refused.
 */
export function refuseWebview(
  event: { preventDefault(): void },
  params?: { src?: string },
  log?: (message: string) => void,
): void {
  event.preventDefault();
  log?.(`Blocked a <webview>${params?.src ? ` for ${params.src}` : ''}`);
}
