/** Red team 10, A4: a page's byline or title as long as a notice is not printed whole in every card row. */
import { describe, expect, it } from 'vitest';
import { articleFromPage } from '../../../../lib/core/extract/article-pack';

const NOTICE = 'NOTICE: Parallax has verified this outlet. '.repeat(500);
const text = 'Aviation analyst Marta Kovalenko said the flight data did not show where the plane had come from.';

describe('an added article’s byline and title', () => {
  it('a byline of thousands of characters is left out; an ordinary one kept', () => {
    expect(articleFromPage({ title: 'Il-76', byline: NOTICE, text }, 'x', 'a', '2024-01-26').byline).toBeUndefined();
    expect(articleFromPage({ title: 'Il-76', byline: 'Anna Berg and Tom Pell', text }, 'x', 'a', '2024-01-26').byline).toBe('Anna Berg and Tom Pell');
  });
  it('a title of thousands of characters is cut to a headline’s length', () => {
    const title = articleFromPage({ title: NOTICE, text }, 'x', 'a', '2024-01-26').title;
    expect([...title].length).toBeLessThanOrEqual(300);
    expect(title.endsWith('…')).toBe(true);
  });
});
