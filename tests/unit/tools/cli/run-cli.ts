/** Runs one of the project's CLIs as a user does: a real process through tsx, from the repo root. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..', '..', '..');
const tsxCli = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
if (!existsSync(tsxCli)) throw new Error(`${tsxCli} is missing: run npm install`);

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `extraEnv` is added to (or overrides) this process's environment. */
export function runCli(script: string, args: string[], extraEnv: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    // NO_COLOR unset and stdout a pipe: output must still come without colour codes.
    const env = { ...process.env, NO_COLOR: '', ...extraEnv };
    execFile(process.execPath, [tsxCli, script, ...args], { cwd: root, env, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      done({ code, stdout, stderr });
    });
  });
}
