import { describe, expect, it } from 'vitest';
import { storePassage } from '../../../lib/content/store-passage';
import { err, ok, type Result } from '../../../lib/core/result';

/** The steps of one save, recording what ran; `panel` says whether drawing the panel throws. */
function steps(answer: Result<string>, panel: 'works' | 'throws') {
  const ran: string[] = [];
  const draw = (what: string) => {
    ran.push(what);
    if (panel === 'throws') throw new Error('NotSupportedError: the element already hosts a shadow root');
  };
  return {
    ran,
    steps: {
      saving: () => draw('saving'),
      send: async () => {
        ran.push('send');
        return answer;
      },
      told: (r: Result<string>) => draw(r.ok ? 'told saved' : `told ${r.error}`),
      keep: (id: string) => ran.push(`keep ${id}`),
    },
  };
}

describe('storePassage', () => {
  it('tells the reader it is saving, sends, tells how it went, and keeps what was stored', async () => {
    const s = steps(ok('h1'), 'works');
    expect(await storePassage(s.steps)).toEqual(ok('h1'));
    expect(s.ran).toEqual(['saving', 'send', 'told saved', 'keep h1']);
  });

  it('sends and keeps the passage when the panel cannot be drawn (a page broke it)', async () => {
    const s = steps(ok('h1'), 'throws');
    expect(await storePassage(s.steps)).toEqual(ok('h1'));
    expect(s.ran).toEqual(['saving', 'send', 'told saved', 'keep h1']);
  });

  it('keeps nothing the collection refused', async () => {
    const s = steps(err('refused'), 'throws');
    expect(await storePassage(s.steps)).toEqual(err('refused'));
    expect(s.ran).toEqual(['saving', 'send', 'told refused']);
  });
});
