/**
 * Which web permissions the renderer gets: only full screen (presenter mode), and only for our
 * own app:// page. Everything else — camera, notifications, geolocation… — is denied.
 * No Electron here.
 */
import { isAppUrl } from './appOrigin';

const ALLOWED = new Set(['fullscreen']);

export function isPermissionAllowed(
  permission: string,
  requestingUrl: string | undefined,
): boolean {
  return ALLOWED.has(permission) && !!requestingUrl && isAppUrl(requestingUrl);
}
