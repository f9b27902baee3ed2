/**
 * Maps an app:// request to a file in the built renderer (dist-renderer) and its MIME type.
 * A path that would escape the renderer folder resolves to nothing; a path without a file
 * extension falls back to index.html so a reload on any in-app route still loads the app.
 * Pure string logic, no Electron and no file access.
 */
import { isAppUrl } from './appOrigin';

const MIME_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  map: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  ico: 'image/x-icon',
  woff: 'font/woff',
  woff2: 'font/woff2',
  ttf: 'font/ttf',
  wasm: 'application/wasm',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

export interface AppFile {
  /** Path relative to the renderer folder, with '/' separators, e.g. 'assets/index.js'. */
  relativePath: string;
  mimeType: string;
  isIndexHtml: boolean;
}

export function mimeTypeOf(relativePath: string): string {
  const dot = relativePath.lastIndexOf('.');
  const extension = dot < 0 ? '' : relativePath.slice(dot + 1).toLowerCase();
  return MIME_TYPES[extension] ?? 'application/octet-stream';
}

export function resolveAppFile(requestUrl: string): AppFile | null {
  if (!isAppUrl(requestUrl)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const segments = pathname.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.some((segment) => segment === '..')) return null;
  const last = segments[segments.length - 1] ?? '';
  const relativePath =
    segments.length === 0 || !last.includes('.') ? 'index.html' : segments.join('/');
  return {
    relativePath,
    mimeType: mimeTypeOf(relativePath),
    isIndexHtml: relativePath === 'index.html',
  };
}
