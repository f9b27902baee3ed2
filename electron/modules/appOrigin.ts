/**
 * The renderer's one origin, `app://abm`, and the test of whether a URL belongs to it.
 * Node's URL parser gives custom schemes an opaque origin ('null'), so we compare scheme
 * and host ourselves rather than `url.origin`. No Electron here.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'abm';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export function isAppUrl(rawUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return false;
  }
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}
