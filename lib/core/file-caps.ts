/**
 * The largest files Parallax reads, checked against `file.size` before a byte is read, so a huge
 * file is refused at once instead of freezing the page. A claim pack of 100,000 claims is about
 * 46 MB; larger corpora arrive as several packs (they merge by id). A collection backup of
 * 10,000 highlights with their snapshots is a few MB.
 */
export const MAX_PACK_BYTES = 64 * 1024 * 1024;
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** Why a file of `size` bytes is refused, naming the cap, or null when it may be read. */
export function sizeProblem(size: number, cap: number, what: string, advice: string): string | null {
  if (size <= cap) return null;
  return `This file is ${(size / (1024 * 1024)).toFixed(1)} MB; ${what} can be at most ${mb(cap)}. ${advice}`;
}

export const packSizeProblem = (size: number) =>
  sizeProblem(size, MAX_PACK_BYTES, 'a claim pack', 'Split a larger corpus into several packs and import each.');
export const backupSizeProblem = (size: number) =>
  sizeProblem(size, MAX_BACKUP_BYTES, 'a collection backup', 'Split it into several files and import each.');
