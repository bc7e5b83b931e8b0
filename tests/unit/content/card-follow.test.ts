import { describe, expect, it } from 'vitest';
import { followMention } from '../../../lib/content/card-follow';
import type { PageMention } from '../../../lib/content/scan';

/** A mention whose Range is collapsed or not, its text node on the page or not. */
const mention = (entityId: string, text: string, lost: 'collapsed' | 'removed' | false = false, sentence = ''): PageMention =>
  ({
    entityId,
    text,
    sentence,
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

  it('follows the one in the same sentence where the page names it more than once', () => {
    const seventh = mention('dmitry-peskov', 'Peskov', false, '10:07 Peskov spoke again.');
    const list = [mention('dmitry-peskov', 'Peskov', false, '10:01 Peskov spoke.'), seventh];
    expect(followMention(mention('dmitry-peskov', 'Peskov', 'removed', '10:07 Peskov spoke again.'), list)).toBe(seventh);
  });

  it('has nowhere to point when the name is gone', () => {
    expect(followMention(mention('dmitry-peskov', 'Peskov', 'removed'), [mention('kremlin', 'Kremlin')])).toBeUndefined();
  });
});
