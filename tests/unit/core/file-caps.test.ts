import { describe, expect, it } from 'vitest';
import { backupSizeProblem, packSizeProblem } from '../../../lib/core/file-caps';

const MB = 1024 * 1024;

describe('file caps, checked before a file is read', () => {
  it('lets a 100,000-claim pack (about 46 MB) through and refuses one past 64 MB, naming the cap', () => {
    expect(packSizeProblem(46 * MB)).toBeNull();
    expect(packSizeProblem(64 * MB)).toBeNull();
    expect(packSizeProblem(64 * MB + 1)).toBe(
      'This file is 64.0 MB; a claim pack can be at most 64 MB. Split a larger corpus into several packs and import each.',
    );
  });

  it('refuses a collection backup past 20 MB, naming the cap', () => {
    expect(backupSizeProblem(20 * MB)).toBeNull();
    expect(backupSizeProblem(25 * MB)).toBe(
      'This file is 25.0 MB; a collection backup can be at most 20 MB. Split it into several files and import each.',
    );
  });
});
