/**
 * `npm start` on a machine without Chromium, as a user runs it: one paragraph saying how to get
 * Chromium, a non-zero exit, no stack trace, and no build started first.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

describe('npm start without Chromium', () => {
  it('says how to get it and stops, without a stack trace', async () => {
    const missing = '/nonexistent/parallax-test/chromium';
    const run = await runCli('lib/tools/cli/start.ts', [], { CHROMIUM_PATH: missing, CI: '1' });
    expect(run.code).toBe(1);
    const message = run.stderr.trim();
    expect(message).toContain(missing);
    expect(message).toContain('sudo apt-get install chromium');
    expect(message).toContain('CHROMIUM_PATH');
    expect(message.split('\n'), 'one paragraph').toHaveLength(1);
    expect(message).not.toMatch(/^\s+at /m);
    expect(run.stdout, 'nothing built before the check').not.toContain('wxt build');
  }, 30_000);
});
