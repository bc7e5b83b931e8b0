/** Group `extraction`: extracting claims from 1 MB and 4 MB of text, in Node (linear in length?). */
import { extractionScaling } from '../add-figures';
import type { Group } from '../context';
import { ms, times } from '../report';

export const extraction: Group = {
  name: 'extraction',
  needs: [],
  async rows(ctx) {
    ctx.log('Extraction of 1 MB and 4 MB of text, in Node');
    const scaling = extractionScaling(ctx.seed);
    return [
      {
        figure: 'Extraction, 4 MB of text / 1 MB (Node, one run each)',
        value: `${ms(scaling.fourMb)} / ${ms(scaling.oneMb)}`,
        ratio: times(scaling.fourMb / scaling.oneMb),
        target: '≤ 4.5×',
        met: scaling.fourMb / scaling.oneMb <= 4.5,
        data: { ...scaling },
      },
    ];
  },
};
