/** `npm run pack -- keygen|sign|verify` as a publisher runs it: files, modes, exit codes and reasons. */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const CLI = 'lib/tools/cli/pack.ts';
const scratch = () => mkdtempSync(join(tmpdir(), 'parallax-pack-'));

describe('npm run pack', () => {
  it('keygen writes a private key only its owner can read and the publisher key, and never overwrites them', async () => {
    const dir = join(scratch(), 'keys');
    const made = await runCli(CLI, ['keygen', '--out', dir]);
    expect(made.code).toBe(0);
    expect(statSync(join(dir, 'private.jwk')).mode & 0o777).toBe(0o600);
    const publicKey = readFileSync(join(dir, 'public.txt'), 'utf8').trim();
    expect(publicKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const privateBefore = readFileSync(join(dir, 'private.jwk'), 'utf8');
    const again = await runCli(CLI, ['keygen', '--out', dir]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/exists already: a key is never overwritten/);
    expect(readFileSync(join(dir, 'private.jwk'), 'utf8')).toBe(privateBefore);
  }, 60_000);

  it('sign writes PACK.sig; verify accepts it with the key or public.txt, and refuses a changed pack or another key', async () => {
    const dir = scratch();
    await runCli(CLI, ['keygen', '--out', join(dir, 'a')]);
    await runCli(CLI, ['keygen', '--out', join(dir, 'b')]);
    const pack = join(dir, 'pack.json');
    writeFileSync(pack, '{"format":"parallax-claims/1"}\n');
    const signed = await runCli(CLI, ['sign', pack, '--key', join(dir, 'a', 'private.jwk')]);
    expect(signed.code).toBe(0);
    expect(readFileSync(`${pack}.sig`, 'utf8').trim()).toMatch(/^[A-Za-z0-9+/]{86}==$/);
    const keyA = readFileSync(join(dir, 'a', 'public.txt'), 'utf8').trim();
    expect((await runCli(CLI, ['verify', pack, '--key', keyA])).code).toBe(0);
    expect((await runCli(CLI, ['verify', pack, '--key', join(dir, 'a', 'public.txt')])).code).toBe(0);
    const other = await runCli(CLI, ['verify', pack, '--key', join(dir, 'b', 'public.txt')]);
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(/signature does not match/);
    writeFileSync(pack, '{"format":"parallax-claims/1" }\n');
    const changed = await runCli(CLI, ['verify', pack, '--key', keyA]);
    expect(changed.code).toBe(1);
    expect(changed.stderr).toMatch(/signature does not match/);
  }, 60_000);

  it('says which file is missing, and refuses a public key given where the private one is needed', async () => {
    const dir = scratch();
    await runCli(CLI, ['keygen', '--out', dir]);
    const missing = await runCli(CLI, ['sign', join(dir, 'nope.json'), '--key', join(dir, 'private.jwk')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Pack file not found: .*nope\.json/);
    const pack = join(dir, 'pack.json');
    writeFileSync(pack, '{}');
    const wrongKey = await runCli(CLI, ['sign', pack, '--key', join(dir, 'public.txt')]);
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.stderr).toMatch(/is not a private key/);
    const noSig = await runCli(CLI, ['verify', pack, '--key', join(dir, 'public.txt')]);
    expect(noSig.code).toBe(1);
    expect(noSig.stderr).toMatch(/Signature file not found: .*pack\.json\.sig/);
    expect((await runCli(CLI, ['sign', pack])).code).toBe(2);
  }, 60_000);
});
