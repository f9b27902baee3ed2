/**
 * Serves the built renderer from `app://abm/`. A privileged standard + secure scheme gives the
 * renderer a fixed origin (so IndexedDB persists and never moves) without file:'s loose rules.
 * Each index.html load gets a fresh nonce, placed both in the page and in the CSP header.
 */
import { protocol, session } from 'electron';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppContext, MainModule } from '../context';
import { APP_SCHEME } from './appOrigin';
import { resolveAppFile } from './appFiles';
import { buildContentSecurityPolicy, createNonce, injectNonce } from './contentSecurityPolicy';
import { SESSION_PARTITION } from './windowOptions';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

async function serve(context: AppContext, request: Request): Promise<Response> {
  const file = resolveAppFile(request.url);
  if (file === null) return new Response('Not found', { status: 404 });
  const nonce = createNonce((size) => randomBytes(size));
  const headers = {
    'content-type': file.mimeType,
    'content-security-policy': buildContentSecurityPolicy(nonce),
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  };
  try {
    const bytes = await readFile(join(context.rendererRoot, ...file.relativePath.split('/')));
    const body = file.isIndexHtml ? injectNonce(bytes.toString('utf8'), nonce) : bytes;
    return new Response(body, { status: 200, headers });
  } catch {
    return new Response('Not found', { status: 404, headers });
  }
}

export const appProtocol: MainModule = {
  enable(context) {
    session
      .fromPartition(SESSION_PARTITION)
      .protocol.handle(APP_SCHEME, (request) => serve(context, request));
  },
};
