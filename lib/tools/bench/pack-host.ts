/**
 * A publisher's host for the benchmark on 127.0.0.1: serves signed pack files at /packs/NAME.json
 * and their signatures at /packs/NAME.json.sig, as a host that allows cross-origin reads does
 * (Access-Control-Allow-Origin: *, the conditional headers allowed, the ETag exposed), with an
 * ETag per file version and 304 to a matching If-None-Match. What a name serves can be changed (an update).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface BenchPackHost {
  /** The address of /packs/NAME.json. */
  url(name: string): string;
  /** Serves `file` (and `${file}.sig`) as NAME from now on. */
  publish(name: string, file: string): void;
  close(): Promise<void>;
}

export async function hostPacks(): Promise<BenchPackHost> {
  const files = new Map<string, string>();
  const allowReads = (res: ServerResponse) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Headers', 'If-None-Match, If-Modified-Since');
    res.setHeader('Access-Control-Expose-Headers', 'ETag, Last-Modified');
    res.setHeader('Cache-Control', 'no-cache');
  };
  const server = createServer(async (req, res) => {
    allowReads(res);
    if (req.method === 'OPTIONS') return res.writeHead(204).end();
    const match = /^\/packs\/([\w-]+)\.json(\.sig)?$/.exec(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = match && files.get(match[1]);
    if (!match || !file) return res.writeHead(404).end();
    try {
      if (match[2]) return res.writeHead(200, { 'Content-Type': 'text/plain' }).end(await readFile(`${file}.sig`, 'utf8'));
      const info = await stat(file);
      // Another file, or the same one rewritten, is another version: no need to hash 40 MB per request.
      const etag = `"${createHash('sha256').update(`${file}\n${info.size}\n${info.mtimeMs}`).digest('hex').slice(0, 20)}"`;
      if (req.headers['if-none-match'] === etag) return res.writeHead(304, { ETag: etag }).end();
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': info.size, ETag: etag });
      createReadStream(file).pipe(res);
    } catch (e) {
      res.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(e));
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: (name) => `http://127.0.0.1:${port}/packs/${name}.json`,
    publish: (name, file) => void files.set(name, file),
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
