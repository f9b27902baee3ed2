/**
 * Serves the built renderer on 127.0.0.1 for a browser (npm run web, end-to-end tests) with
 * the same strict Content-Security-Policy and per-load style nonce as the Electron app.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join, normalize, resolve } from 'node:path';
import {
  buildContentSecurityPolicy,
  createNonce,
  injectNonce,
} from '../../electron/modules/contentSecurityPolicy';
import { mimeTypeOf } from '../../electron/modules/appFiles';

export function startWebServer(root: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const base = resolve(root);
  const server = createServer((req, res) => {
    void (async () => {
      let path: string;
      try {
        const url = new URL(req.url ?? '/', `http://${host}`);
        path = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
      } catch {
        res.writeHead(400).end('Bad request');
        return;
      }
      if (path === '' || !path.includes('.')) path = 'index.html';
      const file = resolve(join(base, path));
      if (!file.startsWith(base)) {
        res.writeHead(403).end();
        return;
      }
      try {
        let body: Buffer | string = await readFile(file);
        const nonce = createNonce((n) => randomBytes(n));
        if (path === 'index.html') body = injectNonce(body.toString('utf8'), nonce);
        res.writeHead(200, {
          'Content-Type': mimeTypeOf(path),
          'Content-Security-Policy': buildContentSecurityPolicy(nonce),
          'Cache-Control': 'no-store',
          'X-Content-Type-Options': 'nosniff',
        });
        res.end(body);
      } catch {
        res.writeHead(404).end('Not found');
      }
    })();
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

export async function main(args: string[]): Promise<void> {
  const port = Number(process.env.PORT ?? args[0] ?? 4173);
  await startWebServer('dist-renderer', port);
  console.log(`ABM Workbench is running at http://127.0.0.1:${port}/ (Ctrl+C to stop)`);
}
