/**
 * A small HTTP server on 127.0.0.1 for the seed pages (/seed/<articleId>.html) and, for tests, a
 * folder of fixture pages. Never listens on another address.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { ClaimPack } from '../../core/pack/types';
import { seedPageHtml, seedPageIndex, type ExtraPage } from './seed-pages';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

export interface LocalSite {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

export async function serveLocal(pack: ClaimPack, fixturesDir?: string, port = 0, extras: readonly ExtraPage[] = []): Promise<LocalSite> {
  const outletName = new Map(pack.outlets.map((o) => [o.id, o.name]));
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (path === '/' || path === '/index.html') return send(200, TYPES['.html'], seedPageIndex(pack, extras));
    // The pages name no icon; answering the browser's guess keeps a 404 out of its console.
    if (path === '/favicon.ico') return send(204, 'image/x-icon', '');
    const seed = /^\/seed\/([\w-]+)\.html$/.exec(path);
    if (seed) {
      const article = pack.articles.find((a) => a.id === seed[1]);
      if (article) return send(200, TYPES['.html'], seedPageHtml(article, outletName.get(article.outletId) ?? article.outletId));
    }
    if (fixturesDir && path.startsWith('/fixtures/')) {
      const file = normalize(join(fixturesDir, path.slice('/fixtures/'.length)));
      if (file.startsWith(fixturesDir)) {
        try {
          return send(200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
        } catch {
          /* fall through to 404 */
        }
      }
    }
    send(404, 'text/plain', 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return {
    origin,
    url: (p) => `${origin}${p}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
