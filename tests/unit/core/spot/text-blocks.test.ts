import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockLines } from '../../../../lib/core/extract/page-lines';
import { collectText } from '../../../../lib/core/spot/dom-text';

const body = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body;

describe('one block/skip list for both DOM-text walkers', () => {
  it('the matcher and the extractor break lines at the same elements and skip the same ones', () => {
    const html =
      '<form>Reported <b>by</b> AFP</form><fieldset>Kyiv said</fieldset><dialog>Moscow denied</dialog>' +
      '<p>Text<svg><text>chart label</text></svg> <video>no video</video>here</p><select><option>menu</option></select>';
    const lines = ['Reported by AFP', 'Kyiv said', 'Moscow denied', 'Text here'];
    expect(collectText(body(html)).text.split('\n').filter(Boolean)).toEqual(lines);
    expect(blockLines(body(html))).toEqual(lines);
  });
});
