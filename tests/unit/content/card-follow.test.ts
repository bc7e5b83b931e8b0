import { describe, expect, it } from 'vitest';
import { followMention } from '../../../lib/content/card-follow';
import type { PageMention } from '../../../lib/content/scan';

/** A mention whose Range is collapsed or not, its text node on the page or not. */
const mention = (entityId: string, text: string, lost: 'collapsed' | 'removed' | false = false): PageMention =>
  ({
    entityId,
    text,
    range: { collapsed: lost === 'collapsed', startContainer: { isConnected: lost !== 'removed' } } as unknown as Range,
  }) as PageMention;

describe('followMention (where an open card points once the page replaced its text)', () => {
  it('keeps a mention still on the page', () => {
    expect(followMention(mention('dmitry-peskov', 'Peskov'), [])).toBe('kept');
  });

  it('follows the same name written the same way where it stands now', () => {
    const now = mention('dmitry-peskov', 'Peskov');
    const list = [mention('dmitry-peskov', 'Dmitry Peskov'), mention('dmitry-peskov', 'Peskov', 'removed'), now];
    expect(followMention(mention('dmitry-peskov', 'Peskov', 'collapsed'), list)).toBe(now);
    expect(followMention(mention('dmitry-peskov', 'Peskov', 'removed'), list)).toBe(now);
  });

  it('has nowhere to point when the name is gone', () => {
    expect(followMention(mention('dmitry-peskov', 'Peskov', 'removed'), [mention('kremlin', 'Kremlin')])).toBeUndefined();
  });
});
