import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostPacks, type BenchPackHost } from '../../../lib/tools/bench/pack-host';
import { runCli } from './cli/run-cli';

let dir: string;
let host: BenchPackHost;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'bench-host-'));
  await writeFile(path.join(dir, 'one.json'), '{"v":1}');
  await writeFile(path.join(dir, 'one.json.sig'), 'c2lnLW9uZQ==');
  await writeFile(path.join(dir, 'two.json'), '{"v":22}');
  await writeFile(path.join(dir, 'two.json.sig'), 'c2lnLXR3bw==');
  host = await hostPacks();
});
afterAll(async () => {
  await host.close();
  await rm(dir, { recursive: true, force: true });
});

describe("the benchmark's pack host", () => {
  it('serves a pack and its signature on 127.0.0.1 to any origin, with an ETag; a matching If-None-Match gets 304', async () => {
    host.publish('news', path.join(dir, 'one.json'));
    expect(new URL(host.url('news')).hostname).toBe('127.0.0.1');
    const r = await fetch(host.url('news'));
    expect(r.status).toBe(200);
    expect(await r.text()).toBe('{"v":1}');
    expect(r.headers.get('access-control-allow-origin')).toBe('*');
    expect(r.headers.get('access-control-expose-headers')).toContain('ETag');
    const etag = r.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    expect(await (await fetch(`${host.url('news')}.sig`)).text()).toBe('c2lnLW9uZQ==');
    expect((await fetch(host.url('news'), { headers: { 'If-None-Match': etag! } })).status).toBe(304);
    const preflight = await fetch(host.url('news'), { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('If-None-Match');
  });

  it('publishing another file under the name serves it with another ETag (an update); unknown names are 404', async () => {
    host.publish('news', path.join(dir, 'one.json'));
    const before = (await fetch(host.url('news'))).headers.get('etag');
    host.publish('news', path.join(dir, 'two.json'));
    const r = await fetch(host.url('news'), { headers: { 'If-None-Match': before! } });
    expect(r.status).toBe(200);
    expect(await r.text()).toBe('{"v":22}');
    expect(r.headers.get('etag')).not.toBe(before);
    expect(await (await fetch(`${host.url('news')}.sig`)).text()).toBe('c2lnLXR3bw==');
    expect((await fetch(host.url('other'))).status).toBe(404);
  });
});

describe('npm run bench --only', () => {
  it('names the groups when given one that does not exist, and runs nothing', async () => {
    const r = await runCli('lib/tools/bench/run.ts', ['--only', 'cards,nope']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--only: no group named nope; the groups are extraction, matcher, pages, aliases, loading, busy, cards, memory, size');
    expect(r.stdout).toBe('');
  }, 60_000);
});
