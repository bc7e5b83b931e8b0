import { describe, expect, it } from 'vitest';
import { compileGazetteer, type GazetteerEntry } from '../../../../lib/core/spot/gazetteer';
import { findMentions, findMentionsIn, newSpotState } from '../../../../lib/core/spot/mentions';
import { collectText } from '../../../../lib/core/spot/dom-text';
import { parseHTML } from 'linkedom';

const entries: GazetteerEntry[] = [
  { id: 'zelensky', name: 'Volodymyr Zelensky', type: 'person', aliases: ['Volodymyr Zelensky', 'Zelensky', 'Zelenskiy', 'Volodymyr Zelenskiy'] },
  {
    id: 'pace',
    name: 'PACE',
    type: 'organization',
    aliases: ['PACE', 'Parliamentary Assembly of the Council of Europe'],
    rules: { exactCase: ['PACE'] },
  },
  { id: 'kirby', name: 'John Kirby', type: 'person', aliases: ['John Kirby', 'Kirby'], rules: { afterFullName: ['Kirby'] } },
  { id: 'azov', name: 'Azov', type: 'group', aliases: ['Azov', 'Azov battalion'], rules: { notWithin: ['Sea of Azov'] } },
  { id: 'il-76', name: 'Il-76', type: 'object', aliases: ['Il-76', 'Ilyushin Il-76'] },
  { id: 'gladkov', name: 'Vyacheslav Gladkov', type: 'person', aliases: ['Vyacheslav Gladkov', 'Gladkov'] },
  { id: 'iran', name: 'Iran', type: 'place', aliases: ['Iran', 'イラン'] },
];
const g = compileGazetteer(entries);
const ids = (text: string) => findMentions(g, text).map((m) => m.entityId);

describe('findMentions', () => {
  it('returns exact offsets into the source, in its own spelling', () => {
    const text = 'Ukrainian President Volodymyr Zelenskiy called for full clarity.';
    const [m] = findMentions(g, text);
    expect(m).toMatchObject({ entityId: 'zelensky', text: 'Volodymyr Zelenskiy' });
    expect(text.slice(m.start, m.end)).toBe('Volodymyr Zelenskiy');
  });

  it('lets the longest match win', () => {
    const text = 'the Ilyushin Il-76 military cargo plane';
    expect(findMentions(g, text).map((m) => m.text)).toEqual(['Ilyushin Il-76']);
  });

  it('folds case, dashes, NBSP, soft hyphens and diacritics', () => {
    expect(ids('an IL\u201176 aircraft')).toEqual(['il-76']);
    expect(ids('Vyacheslav\u00A0Glad\u00ADkov said')).toEqual(['gladkov']);
    expect(ids('ZELENSKÝ spoke')).toEqual(['zelensky']);
  });

  it('maps offsets back across removed invisible characters', () => {
    const [m] = findMentions(g, 'x Zel\u200Bensky y');
    expect(m.text).toBe('Zel\u200Bensky');
  });

  it('respects word boundaries', () => {
    expect(ids('Zelenskyism and Il-767 and Azovstal')).toEqual([]);
    expect(ids("Zelensky's remarks")).toEqual(['zelensky']);
    // A handle joins its words with an underscore (the twelfth real-pages probe's "Putin_Watcher").
    expect(ids('Zelensky_Watcher, fan_of_Zelensky and @zelensky_fan commented')).toEqual([]);
    expect(ids('Zelensky_Watcher said Zelensky spoke')).toEqual(['zelensky']);
  });

  it('finds a name written against letters of a script without spaces, and still not inside a word of its own script', () => {
    expect(ids('ウクライナのVolodymyr Zelensky大統領は')).toEqual(['zelensky']);
    expect(ids('泽连斯基说Zelensky会来')).toEqual(['zelensky']);
    expect(ids('젤렌스키Zelensky는')).toEqual(['zelensky']);
    expect(ids('Zelenskyism, XZelensky, Zelenskyй')).toEqual([]);
    // A name in such a script is still read whole among its own letters: イラン (Iran) is no part of ドライランド (dry land).
    expect(ids('イラン、ドライランド')).toEqual(['iran']);
  });

  it('counts an exact-case acronym only in capitals', () => {
    expect(ids('PACE passed a resolution')).toEqual(['pace']);
    expect(ids('at a brisk pace, the Pace family')).toEqual([]);
  });

  it('counts a bare surname only after the full name appeared', () => {
    expect(ids('Kirby said so. Paul Kirby agreed.')).toEqual([]);
    expect(ids('John Kirby said so. Later Kirby added more.')).toEqual(['kirby', 'kirby']);
  });

  it('counts a bare surname met before the full name once the same context names it', () => {
    expect(findMentions(g, 'Kirby says no decision yet\nWhite House spokesman John Kirby said so.').map((m) => m.text)).toEqual([
      'Kirby',
      'John Kirby',
    ]);
    expect(ids('Talks end in Washington. Kirby: more to follow\nJohn Kirby spoke later.'), 'after a sentence’s end').toEqual(['kirby', 'kirby']);
    // Only a headline's: a sentence's bare surname before the full name may be another's.
    expect(ids('Kirby said so.\nJohn Kirby spoke later.')).toEqual(['kirby']);
    // Only when the full name comes close after: not a story further down naming someone of that name.
    expect(ids(`Kirby double sends the club top\n${'The match report runs on. '.repeat(30)}\nJohn Kirby spoke later.`)).toEqual(['kirby']);
    expect(ids('Kirby says so\nLater Paul Kirby agreed. Then John Kirby spoke.'), 'another Kirby came between').toEqual(['kirby']);
    expect(ids('Paul Kirby agreed.\nKirby: no comment\nJohn Kirby spoke.'), 'another Kirby came before').toEqual(['kirby']);
    expect(ids('Is Kirby right about the talks?\nJohn Kirby spoke.'), 'a headline asking').toEqual(['kirby', 'kirby']);
    expect(ids('Blasts rock Kyiv. Kirby: no comment\nJohn Kirby spoke.'), 'a place ending the sentence before').toEqual(['kirby', 'kirby']);
    // After the full name, a line opening with a sentence word before the surname still links it.
    for (const opener of ['Both', 'Even', 'Privately', 'Despite that,'])
      expect(ids(`John Kirby spoke.\n${opener} Kirby said more.`), opener).toEqual(['kirby', 'kirby']);
    // Given names opening a line are someone else's, whatever they end in or could mean.
    for (const other of ['Emily', 'Kelly', 'Will', 'Can']) expect(ids(`John Kirby spoke.\n${other} Kirby said more.`), other).toEqual(['kirby']);
    // Next to another capitalised word it may be someone else's name: it does not wait.
    for (const other of ['Paul Kirby, a farmer, spoke', 'Governor Kirby signed it', 'Kirby Smart coached the team'])
      expect(
        findMentions(g, `${other}\nJohn Kirby said so.`).map((m) => m.text),
        other,
      ).toEqual(['John Kirby']);
  });

  it('never links inside a look-alike phrase', () => {
    expect(ids('ships in the Sea of Azov')).toEqual([]);
    expect(ids('members of the Azov battalion')).toEqual(['azov']);
  });
});

describe('a context that starts afresh', () => {
  it('after an article ends: one story’s full name does not link the next story’s short name', () => {
    const { document } = parseHTML(
      '<!doctype html><html><body><article><h2>Talks</h2><p>John Kirby spoke on Monday. Kirby said more.</p></article><article><h2>Games</h2><p>Kirby floats back in a new adventure.</p></article></body></html>',
    );
    const page = collectText(document.body);
    expect(page.fresh.map((at) => page.text.slice(0, at).split('\n').filter(Boolean).pop())).toEqual([
      'John Kirby spoke on Monday. Kirby said more.',
      'Kirby floats back in a new adventure.',
    ]);
    const read = (fresh?: number[]) =>
      findMentionsIn(g, page.text, 0, page.text.length, page.text.length, { ...newSpotState(), fresh }).map((m) => m.text);
    expect(read(page.fresh)).toEqual(['John Kirby', 'Kirby']);
    expect(read(), 'the page read as one context').toEqual(['John Kirby', 'Kirby', 'Kirby']);
  });

  it('after a story its microdata calls an article ends, as after an <article>', () => {
    const { document } = parseHTML(
      '<!doctype html><html><body><main><div itemscope itemtype="https://schema.org/NewsArticle"><p>John Kirby spoke on Monday.</p></div><div itemscope itemtype="http://schema.org/Article"><p>Kirby floats back in a new adventure.</p></div></main></body></html>',
    );
    const page = collectText(document.body);
    expect(findMentionsIn(g, page.text, 0, page.text.length, page.text.length, { ...newSpotState(), fresh: page.fresh }).map((m) => m.text)).toEqual([
      'John Kirby',
    ]);
  });

  it('only when an outermost article ends: a teaser inside the story is part of it', () => {
    const { document } = parseHTML(
      '<!doctype html><html><body><article><p>John Kirby spoke.</p><article><h3><a href="/x">Related story</a></h3></article><p>Kirby said more.</p></article></body></html>',
    );
    const page = collectText(document.body);
    expect(page.fresh).toEqual([page.text.length]);
    expect(findMentionsIn(g, page.text, 0, page.text.length, page.text.length, { ...newSpotState(), fresh: page.fresh }).map((m) => m.text)).toEqual([
      'John Kirby',
      'Kirby',
    ]);
  });

  it('a surname met before the full name waits only within its context, and across slices', () => {
    const text = 'Kirby games\nEnd of story.\nKirby says so\nJohn Kirby spoke.\n';
    const state = { ...newSpotState(), fresh: [text.indexOf('End') + 'End of story.\n'.length] };
    const first = findMentionsIn(g, text, 0, text.indexOf('John'), text.length, state);
    const second = findMentionsIn(g, text, text.indexOf('John'), text.length, text.length, state);
    expect(first).toEqual([]);
    expect(second.map((m) => [m.text, m.start])).toEqual([
      ['Kirby', text.indexOf('Kirby says')],
      ['John Kirby', text.indexOf('John')],
    ]);
  });

  it('in the furniture, a surname does not wait: a rail before the story is no part of it', () => {
    const text = 'Related: Kirby games\nJohn Kirby spoke.\n';
    const state = { ...newSpotState(), quiet: [{ start: 0, end: text.indexOf('\n') }] };
    expect(findMentionsIn(g, text, 0, text.length, text.length, state).map((m) => m.text)).toEqual(['John Kirby']);
  });

  it('in slices: a fresh start in one slice holds for the next', () => {
    const text = 'John Kirby spoke.\nEnd of story.\nKirby games.\n';
    const state = { ...newSpotState(), fresh: [text.indexOf('End')] };
    const first = findMentionsIn(g, text, 0, text.indexOf('Kirby games'), text.length, state);
    const second = findMentionsIn(g, text, text.indexOf('Kirby games'), text.length, text.length, state);
    expect([...first, ...second].map((m) => m.text)).toEqual(['John Kirby']);
  });
});

describe('blocks', () => {
  it('a <div> its own style lays out inline (a headline split word by word) is no block end: the name across it counts', () => {
    const { document } = parseHTML(
      '<!doctype html><html><body><h1><div style="position:relative; display:inline-block">Vyacheslav</div> <div style="display: inline-block">Gladkov</div> visits</h1><div>Read by John</div><div>Kirby Street</div></body></html>',
    );
    const page = collectText(document.body);
    expect(page.text, 'read as inline text').toContain('Vyacheslav Gladkov visits');
    expect(
      findMentionsIn(g, page.text, 0, page.text.length, page.text.length, { ...newSpotState(), breaks: page.breaks }).map((m) =>
        m.text.replace(/\s+/g, ' '),
      ),
    ).toEqual(['Vyacheslav Gladkov']);
  });

  it('no name runs from one block into the next; one wrapped in the source or across a <br> still counts', () => {
    const { document } = parseHTML(
      '<!doctype html><html><body><h2>Aboard the Il-76</h2><p>Crash teams met families.</p><ul><li>Read by John</li><li>Kirby Street</li></ul><table><tr><td>Vyacheslav</td><td>Gladkov</td></tr></table><p>Governor Vyacheslav\n  Gladkov spoke.</p><p>Volodymyr<br>Zelensky</p></body></html>',
    );
    const page = collectText(document.body);
    const read = (breaks?: number[]) =>
      findMentionsIn(g, page.text, 0, page.text.length, page.text.length, { ...newSpotState(), breaks }).map((m) => m.text);
    expect(read(page.breaks)).toEqual(['Il-76', 'Gladkov', 'Vyacheslav\n  Gladkov', 'Volodymyr\nZelensky']);
    expect(read(), 'without the blocks’ ends').toEqual([
      'Il-76',
      'John\nKirby',
      'Vyacheslav\nGladkov',
      'Vyacheslav\n  Gladkov',
      'Volodymyr\nZelensky',
    ]);
  });

  it('two <br>s in a row part paragraphs: no name runs across them, while one across a lone <br> counts', () => {
    const { document } = parseHTML(
      '<!doctype html><html><body><div>Word from Azov<br><br>battalion commanders came late.<br>Governor Vyacheslav<br>Gladkov spoke.<br> <br>Volodymyr</div></body></html>',
    );
    const page = collectText(document.body);
    const found = findMentionsIn(g, page.text, 0, page.text.length, page.text.length, { ...newSpotState(), breaks: page.breaks }).map((m) => m.text);
    expect(found).toEqual(['Azov', 'Vyacheslav\nGladkov']);
  });
});
