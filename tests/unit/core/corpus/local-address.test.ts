/**
 * Which addresses are on this computer or the reader's network (isLocal), and the redirect guard it
 * drives: a pack address that is not local may not send Parallax on to one that is. The session-25
 * attack suite (b02-redirect-local.ts) was sent on to router.localhost, 127.0.0.2, 0.0.0.0,
 * [::ffff:7f00:1], localhost. and 192.168.1.1, and the body was read.
 */
import { describe, expect, it } from 'vitest';
import { checkPackAddress, isLocal } from '../../../../lib/core/corpus/subscriptions';
import { fetchPack } from '../../../../lib/worker/subscriptions/fetch-pack';

const local = (address: string) => isLocal(new URL(address));

/** A fetch that answers as the browser does after following redirects to `landed`. */
const landingOn = (landed: string) => async () => {
  const response = new Response('{"not":"a pack"}', { status: 200 });
  Object.defineProperties(response, { redirected: { value: true }, url: { value: new URL(landed).href } });
  return response;
};
const fetchedVia = (from: string, landed: string) => fetchPack(landingOn(landed), from, {}, 1 << 20);

const ON_THIS_COMPUTER = [
  'https://localhost/',
  'https://localhost./',
  'https://router.localhost/',
  'https://a.b.localhost./',
  'https://127.0.0.1/',
  'https://127.0.0.2/',
  'https://127.255.255.254/',
  'https://127.1/',
  'https://2130706433/',
  'https://0x7f000001/',
  'https://0.0.0.0/',
  'https://0/',
  'https://[::1]/',
  'https://[::]/',
  'https://[::ffff:7f00:1]/',
  'https://[::ffff:127.0.0.1]/',
  'https://[0:0:0:0:0:ffff:7f00:2]/',
];
const ON_THE_NETWORK = [
  'https://10.0.0.1/',
  'https://10.255.255.255/',
  'https://172.16.0.1/',
  'https://172.31.255.255/',
  'https://192.168.1.1/',
  'https://169.254.169.254/',
  'https://[::ffff:192.168.1.1]/',
  'https://[fc00::1]/',
  'https://[fd12:3456::1]/',
  'https://[fe80::1]/',
  'https://[febf::1]/',
];
const ELSEWHERE = [
  'https://packs.example.org/',
  'https://localhost.example.org/',
  'https://notlocalhost/',
  'https://8.8.8.8/',
  'https://126.255.255.255/',
  'https://128.0.0.1/',
  'https://172.15.255.255/',
  'https://172.32.0.1/',
  'https://192.169.0.1/',
  'https://169.253.0.1/',
  'https://[2001:db8::1]/',
  'https://[::ffff:8.8.8.8]/',
  'https://[fec0::1]/',
  'https://[::808:808]/',
];

describe('isLocal', () => {
  it.each([...ON_THIS_COMPUTER, ...ON_THE_NETWORK])('%s is local', (address) => {
    expect(local(address)).toBe(true);
  });
  it.each(ELSEWHERE)('%s is not', (address) => {
    expect(local(address)).toBe(false);
  });
});

describe('a redirect from a public address', () => {
  it.each([...ON_THIS_COMPUTER, ...ON_THE_NETWORK])('to %s is refused before the body is read', async (landed) => {
    const r = await fetchedVia('https://packs.example.org/pack.json', `${landed}pack.json`);
    expect(r).toEqual({
      ok: false,
      error: expect.stringMatching(/^https:\/\/packs\.example\.org\/pack\.json sent Parallax on to .*, which is refused/),
    });
  });

  it('to another public https address is followed', async () => {
    expect((await fetchedVia('https://packs.example.org/pack.json', 'https://cdn.example.net/pack.json')).ok).toBe(true);
  });
});

describe('a subscription the reader made to a local address', () => {
  it('may be sent on to another local address, as before', async () => {
    expect((await fetchedVia('http://localhost:8080/pack.json', 'http://127.0.0.1:9090/pack.json')).ok).toBe(true);
    expect((await fetchedVia('https://192.168.1.5/pack.json', 'https://192.168.1.6/pack.json')).ok).toBe(true);
  });

  it('is read over plain http only from the names of this computer it took before', () => {
    for (const address of ['http://localhost:8080/p.json', 'http://127.0.0.1/p.json', 'http://[::1]/p.json'])
      expect(checkPackAddress(address).ok, address).toBe(true);
    for (const address of ['http://192.168.1.1/p.json', 'http://10.0.0.2/p.json', 'http://router.localhost/p.json'])
      expect(checkPackAddress(address), address).toMatchObject({ ok: false, error: expect.stringMatching(/must use https/) });
  });
});

describe('isLocal, on what only the reader’s network answers', () => {
  it.each([
    'https://100.64.0.1/p',
    'https://100.127.255.1/p',
    'https://198.18.0.1/p',
    'https://printer.local/p',
    'https://nas.internal/p',
    'https://router.lan/p',
    'https://box.home.arpa/p',
  ])('%s is local', (url) => {
    expect(isLocal(new URL(url))).toBe(true);
  });

  it.each(['https://100.128.0.1/p', 'https://198.20.0.1/p', 'https://local.example/p', 'https://internal.example.org/p'])('%s is not', (url) => {
    expect(isLocal(new URL(url))).toBe(false);
  });
});
