/**
 * What the groups of rows share in one run: the seed pack, a work folder, a log, work done once
 * (`once`: a workload, a build, a measurement that several groups compare against), and browsers
 * kept open for the groups that need them (`resource`), closed after the last of those groups.
 */
import type { ClaimPack } from '../../core/pack/types';
import type { Row } from './report';

/** The browsers a group may need; the runner closes each after the last selected group needing it. */
export type BrowserName = 'plain' | 'shipped' | 'variant' | 'subscribed' | 'million';

/** A group of rows, run alone with `--only NAME`. */
export interface Group {
  name: string;
  /** The browsers its rows are measured in (the runner keeps them open until the last group needing them). */
  needs: readonly BrowserName[];
  rows(ctx: Context): Promise<Row[]>;
}

interface Closable {
  close(): Promise<void>;
}

export interface Context {
  seed: ClaimPack;
  seedAliases: number;
  /** A temporary folder for this run's pages. */
  work: string;
  log(message: string): void;
  /** Runs `make` once per run; later calls get the same promise. */
  once<T>(key: string, make: () => Promise<T>): Promise<T>;
  /** Opens `name` once, kept until released (a browser) or the end of the run (anything else). */
  resource<T extends Closable>(name: string, open: () => Promise<T>): Promise<T>;
  release(name: string): Promise<void>;
  closeAll(): Promise<void>;
}

export function createContext(seed: ClaimPack, work: string, log: (message: string) => void): Context {
  const done = new Map<string, Promise<unknown>>();
  const open = new Map<string, Promise<Closable>>();
  const close = async (name: string) => {
    const r = open.get(name);
    open.delete(name);
    await r?.then((x) => x.close()).catch(() => undefined);
  };
  return {
    seed,
    seedAliases: seed.entities.reduce((n, e) => n + e.aliases.length, 0),
    work,
    log,
    once<T>(key: string, make: () => Promise<T>) {
      if (!done.has(key)) done.set(key, make());
      return done.get(key) as Promise<T>;
    },
    resource<T extends Closable>(name: string, make: () => Promise<T>) {
      if (!open.has(name)) open.set(name, make());
      return open.get(name) as Promise<T>;
    },
    release: close,
    async closeAll() {
      for (const name of [...open.keys()].reverse()) await close(name);
    },
  };
}
