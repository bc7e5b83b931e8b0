/**
 * candidateNames: names that recur in the reader's articles but no known entity covers, offered
 * for the reader to accept. A name is a run of capitalised words (with "of", "the"… inside it),
 * minus titles and common words at its ends; one capitalised word opening a sentence is no name.
 */
import type { Article } from '../../core/pack/types';
import { paragraphsOf, sentencesOf } from '../../core/extract/sentences';
import type { Gazetteer } from '../../core/spot/gazetteer';
import { findMentions } from '../../core/spot/mentions';
import { foldPhrase } from '../../core/spot/normalise';
import type { Candidate } from '../../core/corpus/types';

const JOINERS = new Set([
  'of',
  'the',
  'de',
  'del',
  'da',
  'di',
  'du',
  'al',
  'el',
  'la',
  'le',
  'von',
  'van',
  'der',
  'den',
  'bin',
  'ibn',
  'for',
  'and',
  'on',
  'y',
]);
const COMMON = new Set(
  `a an the this that these those it its he she we they i you his her their our my your there here what who whom whose why how when where which while if but and or so yet
  in on at as to of by for from with into after before during since until about against over under between among through despite
  also however meanwhile according although though because some many most all no not one two three several every each other another
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december
  mr mrs ms dr sir president prime minister foreign defence defense deputy general colonel lieutenant major captain governor mayor spokesman spokeswoman spokesperson
  senator ambassador secretary chief head commander officials official news read more photo video image images getty ap file updated published share`.split(
    /\s+/,
  ),
);
/** Nationality and direction adjectives ("Ukrainian", "Western") qualify names; they are none. A list, not a suffix rule: "Brian" and "Julian" are names. */
const ADJECTIVES = new Set(
  `ukrainian russian belarusian georgian armenian azerbaijani moldovan romanian hungarian bulgarian serbian croatian bosnian slovenian slovak czech polish
  lithuanian latvian estonian finnish swedish norwegian danish german dutch belgian french british english scottish irish welsh spanish portuguese italian
  greek turkish iranian iraqi syrian israeli palestinian lebanese egyptian saudi chinese japanese korean indian pakistani afghan american canadian
  mexican brazilian australian european african asian soviet western eastern northern southern`
    .split(/\s+/)
    .flatMap((a) => [a, `${a}s`]),
);
const CAPITAL = /^\p{Lu}/u;
const isFiller = (word: string) => [COMMON, JOINERS, ADJECTIVES].some((set) => set.has(word.toLowerCase()));
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

interface Seen {
  forms: Map<string, number>;
  count: number;
  contexts: Candidate['contexts'];
}

/** The name-like runs of one sentence, as [start, end] offsets in `text`. */
function runsIn(text: string, from: number, to: number): [number, number][] {
  const words = [...text.slice(from, to).matchAll(WORD)].map((m) => ({
    start: from + m.index!,
    end: from + m.index! + m[0].length,
    word: m[0].replace(/['’]s$/, ''),
  }));
  const runs: [number, number][] = [];
  let i = 0;
  while (i < words.length) {
    if (!CAPITAL.test(words[i].word)) {
      i++;
      continue;
    }
    let j = i;
    // Extend over capitalised words, and over joiners that stand between two of them; a gap of
    // anything but one space (a comma, a full stop) ends the run.
    while (j + 1 < words.length && /^ $/.test(text.slice(words[j].end, words[j + 1].start))) {
      const next = words[j + 1].word;
      if (CAPITAL.test(next)) j++;
      else if (
        JOINERS.has(next) &&
        j + 2 < words.length &&
        CAPITAL.test(words[j + 2].word) &&
        /^ $/.test(text.slice(words[j + 1].end, words[j + 2].start))
      )
        j += 2;
      else break;
    }
    let a = i;
    let b = j;
    while (a <= b && isFiller(words[a].word)) a++;
    while (b >= a && isFiller(words[b].word)) b--;
    const opensSentence = a === 0 && b === 0;
    if (a <= b && !opensSentence && (b > a || words[a].word.length > 1)) runs.push([words[a].start, words[b].start + words[b].word.length]);
    i = j + 1;
  }
  return runs;
}

export function candidateNames(articles: readonly Article[], gazetteer: Gazetteer, knownAliases: readonly string[], limit = 40): Candidate[] {
  const known = new Set(knownAliases.map(foldPhrase));
  const seen = new Map<string, Seen>();
  for (const article of articles) {
    const mentions = findMentions(gazetteer, article.text);
    for (const p of paragraphsOf(article.text)) {
      for (const s of sentencesOf(article.text, p)) {
        for (const [start, end] of runsIn(article.text, s.start, s.end)) {
          if (mentions.some((m) => m.start < end && start < m.end)) continue;
          const form = article.text.slice(start, end);
          const key = foldPhrase(form);
          if (known.has(key)) continue;
          const entry = seen.get(key) ?? seen.set(key, { forms: new Map(), count: 0, contexts: [] }).get(key)!;
          entry.count++;
          entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
          if (entry.contexts.length < 3 && !entry.contexts.some((c) => c.sentence === s.text))
            entry.contexts.push({ articleId: article.id, title: article.title, sentence: s.text });
        }
      }
    }
  }
  return [...seen.values()]
    .filter((e) => e.count >= 2)
    .map((e) => {
      const forms = [...e.forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([f]) => f);
      return { name: forms[0], variants: forms.slice(1), count: e.count, contexts: e.contexts };
    })
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, limit);
}
