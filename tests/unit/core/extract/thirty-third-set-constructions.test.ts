/**
 * What the thirty-third set kept aside showed the rules missing (docs/extraction-quality.md, its last
 * section), on sentences written for this test: verdicts on allegations and a denial of having said
 * something, a company's "not affiliated with", and the furniture of a live page, a ministry's
 * statement, a programme's credits, a column and a fact check.
 */
import { describe, expect, it } from 'vitest';
import { modeOf } from '../../../../lib/core/extract/mode';
import { notReporting } from '../../../../lib/core/extract/not-reporting';

const source = { kind: 'source', name: 'the company' } as const;

describe('denied', () => {
  it.each([
    ['These allegations are false.', undefined],
    ['This rumour is untrue.', undefined],
    ['These claims are without scientific foundation.', source],
    ['The firm is not affiliated with the water utility of the same name.', source],
    ['“I never said that.', source],
    ['We did not say that the plant was safe.', source],
  ] as const)('%s', (sentence, speaker) => {
    expect(modeOf(sentence, speaker)).toBe('denied');
  });

  it.each(['I never said I would resign.', 'The firm is affiliated with the water utility.', 'These allegations are being examined.'])(
    'not a denial: %s',
    (sentence) => {
      expect(modeOf(sentence, source)).toBe('attributed');
    },
  );
});

describe('lines that report nothing', () => {
  it.each([
    'Last update: 02/02/2043 21:05',
    'Press statement No. 07/2043',
    'Presenter: Dewi Anggraini · Reporting: Bayu Pratama in Tiro',
    'Reporter: Yuliani Sembiring | Translator: Andreas Tumbelaka | Editor: Rahmat Hidayat',
    'Translations of interviews conducted in Selantaran are by the station.',
    'Vasco Prates writes about politics and public life every Sunday.',
    'Our Portuguese-language page is here.',
    'Contraprova follows the Code of Principles of the Fact-Checking Alliance.',
  ])('%s', (text) => {
    expect(notReporting(text)).toBe('page note');
  });

  it.each(['Peskov writes that the plane was shot down.', 'The ministry follows the rules.', 'Reporter: the toll rose to 31.'])(
    'still reports: %s',
    (text) => {
      expect(notReporting(text)).toBeUndefined();
    },
  );
});
