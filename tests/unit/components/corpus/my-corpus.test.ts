/** The "My corpus" page (MyCorpusView) rendered with Preact into linkedom: what it shows and which events it fires. */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aliasesFrom } from '../../../../components/corpus/AcceptCandidateForm';
import { MyCorpusView, type MyCorpusProps } from '../../../../components/corpus/MyCorpusView';
import type { Candidate, MyArticle } from '../../../../lib/core/corpus/types';
import type { Claim, Outlet } from '../../../../lib/core/pack/types';
import { click, fire, text, useLinkedom } from '../dom';

let container: HTMLElement;
useLinkedom();
afterEach(() => {
  act(() => render(null, container));
  container.remove();
  vi.restoreAllMocks();
});

const claim = (over: Partial<Claim> & { id: string }): Claim => ({
  articleId: 'my-kyiv',
  outletId: 'kyiv-post',
  quote: 'The plane carried 65 prisoners, Kyiv said.',
  start: 0,
  end: 10,
  entityIds: ['il76-crash'],
  facetIds: [],
  speaker: { kind: 'outlet' },
  mode: 'asserted',
  numbers: [],
  ...over,
});
const ARTICLES: MyArticle[] = [
  {
    article: {
      id: 'my-kyiv',
      outletId: 'kyiv-post',
      title: 'Kyiv questions <b>Il-76</b> account',
      published: '2024-01-25',
      url: 'https://www.kyivpost.com/post/27000',
      words: 640,
      imported: false,
    },
    outletName: 'Kyiv Post',
    claims: [
      claim({ id: 'c1' }),
      claim({
        id: 'c2',
        quote: 'Peskov said the crash was an act of terror.',
        mode: 'attributed',
        speaker: { kind: 'entity', entityId: 'dmitry-peskov', name: 'Dmitry Peskov' },
      }),
      claim({
        id: 'c3',
        quote: 'Officials denied any prisoners were on board.',
        mode: 'denied',
        speaker: { kind: 'source', name: 'a Ukrainian official' },
      }),
    ],
  },
  {
    article: { id: 'my-note', outletId: 'local-blog', title: 'A note without a link', published: '2024-02-01', words: 120, imported: true },
    outletName: 'Local Blog',
    claims: [claim({ id: 'c4', articleId: 'my-note', outletId: 'local-blog' })],
  },
];
const OUTLETS: Record<string, Outlet> = {
  'kyiv-post': { id: 'kyiv-post', name: 'Kyiv Post', domains: ['kyivpost.com'], country: 'UA', labels: { ownership: 'unrated' }, labelBasis: {} },
};
const sentence = (s: string, title = 'Kyiv questions Il-76 account') => ({ articleId: 'my-kyiv', title, sentence: s });
const CANDIDATES: Candidate[] = [
  {
    name: 'Yusov',
    variants: ['Andriy Yusov'],
    count: 4,
    contexts: [
      sentence('Andriy Yusov said the list was handed over.'),
      sentence('Yusov declined to comment.'),
      sentence('Officials quoted yusov.'),
      sentence('A fourth Yusov mention.'),
    ],
  },
  { name: 'Coordination HQ', variants: [], count: 2, contexts: [sentence('The Coordination HQ confirmed it.')] },
];

function show(over: Partial<MyCorpusProps> = {}) {
  const events = {
    onDismissNotice: vi.fn(),
    onDelete: vi.fn(),
    onReextract: vi.fn(),
    onAccept: vi.fn(),
    onDismissCandidate: vi.fn(),
    onExport: vi.fn(),
    onImport: vi.fn(),
    onClearAll: vi.fn(),
  };
  let props: MyCorpusProps = { articles: ARTICLES, candidates: CANDIDATES, outlets: OUTLETS, notice: null, busy: null, ...events, ...over };
  container = document.createElement('div');
  document.body.appendChild(container);
  act(() => render(h(MyCorpusView, props), container)); // act: run the effects (focus) now
  const update = (more: Partial<MyCorpusProps>) => {
    props = { ...props, ...more };
    act(() => render(h(MyCorpusView, props), container));
  };
  return { root: container, update, ...events };
}

const button = (root: Element, name: string) => [...root.querySelectorAll('button')].find((b) => text(b) === name);
const article = (root: Element, id: string) => root.querySelector(`li[data-article="${id}"]`)!;
const candidate = (root: Element, name: string) => root.querySelector(`li[data-candidate="${name}"]`)!;
const labelled = (root: Element, label: string) => {
  const l = [...root.querySelectorAll('label')].find((x) => text(x) === label);
  return root.querySelector(`[id="${l?.getAttribute('for')}"]`) as HTMLInputElement;
};
const focusSpy = () => vi.spyOn(HTMLElement.prototype, 'focus');

describe('MyCorpusView', () => {
  it('shows the title, intro, sections, and says when loading and when empty', () => {
    const { root, update } = show({ articles: null, candidates: null });
    expect(text(root.querySelector('h1'))).toBe('My corpus');
    expect(text(root)).toContain('Articles you added with “Add this article”, the names you taught Parallax, and your claim packs.');
    expect([...root.querySelectorAll('section > h2')].map(text)).toEqual(['Your articles', 'New names', 'Share your corpus']);
    for (const s of root.querySelectorAll('section')) expect(root.querySelector(`[id="${s.getAttribute('aria-labelledby')}"]`)?.tagName).toBe('H2');
    expect(text(root.querySelector('[aria-busy="true"]'))).toBe('Loading your articles…');
    expect(text(root)).toContain('No new names yet: a name shows here once it appears at least twice in your articles.');
    update({ articles: [], candidates: [] });
    expect(text(root)).toContain(
      'You have not added any articles yet. Open a news article and choose “Add this article” in the Parallax popup or card.',
    );
    expect(root.querySelector('.mc-articles')).toBeNull();
    expect(button(root, 'Re-run extraction')).toBeUndefined();
    expect(button(root, 'Export claim pack')).toBeDefined();
  });

  it('lists each article with its link, outlet, date and claim count, as text (never HTML)', () => {
    const { root } = show();
    expect([...root.querySelectorAll('ul.mc-articles > li')].map((li) => li.getAttribute('data-article'))).toEqual(['my-kyiv', 'my-note']);
    const kyiv = article(root, 'my-kyiv');
    const link = kyiv.querySelector('a')!;
    expect([link.getAttribute('href'), link.getAttribute('target'), link.getAttribute('rel')]).toEqual([
      'https://www.kyivpost.com/post/27000',
      '_blank',
      'noreferrer',
    ]);
    expect(text(link)).toBe('Kyiv questions <b>Il-76</b> account');
    expect(kyiv.querySelector('b')).toBeNull();
    expect(text(kyiv)).toContain('Kyiv Post');
    expect(kyiv.querySelector('.px-chip[data-axis="ownership"]')).not.toBeNull();
    expect(kyiv.querySelector('time')!.getAttribute('datetime')).toBe('2024-01-25');
    expect(text(kyiv.querySelector('.mc-claim-count'))).toBe('3 claims');
    const note = article(root, 'my-note');
    expect(note.querySelector('a')).toBeNull();
    expect(text(note.querySelector('.mc-title'))).toBe('A note without a link');
    expect(text(note)).toContain('Local Blog');
    expect(text(note.querySelector('.mc-claim-count'))).toBe('1 claim');
    // An article from a claim pack says so; one added from a page does not.
    expect(text(note.querySelector('.mc-imported'))).toBe('imported');
    expect(kyiv.querySelector('.mc-imported')).toBeNull();
  });

  it('shows an article whose URL is not http(s) (an imported javascript: link) as plain text', () => {
    const [kyiv] = ARTICLES;
    const { root } = show({ articles: [{ ...kyiv, article: { ...kyiv.article, url: 'javascript:alert(1)' } }] });
    const item = article(root, 'my-kyiv');
    expect(item.querySelector('a')).toBeNull();
    expect(root.innerHTML).not.toContain('javascript:');
    expect(text(item.querySelector('.mc-title'))).toBe('Kyiv questions <b>Il-76</b> account');
  });

  it('shows and hides an article’s claims, with mode and speaker', async () => {
    const { root } = show();
    const kyiv = article(root, 'my-kyiv');
    const toggle = button(kyiv, 'Show claims')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const panel = root.querySelector(`[id="${toggle.getAttribute('aria-controls')}"]`)!;
    expect(panel.hasAttribute('hidden')).toBe(true);
    await click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(text(toggle)).toBe('Hide claims');
    expect(panel.hasAttribute('hidden')).toBe(false);
    const rows = [...panel.querySelectorAll('li[data-claim]')].map((li) => [
      text(li.querySelector('blockquote')),
      text(li.querySelector('.mc-claim-who')),
    ]);
    expect(rows).toEqual([
      ['The plane carried 65 prisoners, Kyiv said.', 'asserted'],
      ['Peskov said the crash was an act of terror.', 'attributed · Dmitry Peskov'],
      ['Officials denied any prisoners were on board.', 'denied · a Ukrainian official'],
    ]);
    await click(toggle);
    expect(text(toggle)).toBe('Show claims');
    expect(panel.hasAttribute('hidden')).toBe(true);
  });

  it('asks before deleting; Keep and Escape cancel with focus back on Delete; confirming fires onDelete', async () => {
    const { root, onDelete, update } = show();
    const kyiv = article(root, 'my-kyiv');
    const del = () => kyiv.querySelector('button.mc-delete')!;
    expect(text(del())).toBe('Delete');
    expect(del().getAttribute('aria-label')).toBe('Delete “Kyiv questions <b>Il-76</b> account”');
    let focus = focusSpy();
    await click(del());
    expect(text(kyiv.querySelector('.mc-confirm-question'))).toBe('Delete this article and its 3 claims?');
    expect(focus.mock.contexts).toEqual([button(kyiv, 'Keep')]);
    focus.mockClear();
    // linkedom calls listeners with `this` = the target, not the current target, so Preact's handler
    // is only found when the event is fired on the element that has it: the confirmation group here.
    await fire(kyiv.querySelector('.mc-confirm')!, 'keydown', { key: 'Escape' });
    expect(kyiv.querySelector('.mc-confirm')).toBeNull();
    expect(focus.mock.contexts).toEqual([del()]);
    await click(del());
    await click(button(kyiv, 'Keep')!);
    expect(kyiv.querySelector('.mc-confirm')).toBeNull();
    expect(onDelete).not.toHaveBeenCalled();
    await click(del());
    await click(button(kyiv, 'Delete article')!);
    expect(onDelete).toHaveBeenCalledWith('my-kyiv');
    focus = focusSpy();
    focus.mockClear();
    update({ articles: ARTICLES.slice(1) }); // the reload without it: focus goes to the section heading
    expect(focus.mock.contexts.map((el) => text(el as Element))).toEqual(['Your articles']);
  });

  it('re-runs the extraction, and shows it busy while it runs', async () => {
    const { root, onReextract, update } = show();
    await click(button(root, 'Re-run extraction')!);
    expect(onReextract).toHaveBeenCalledTimes(1);
    update({ busy: 'reextract' });
    const busy = button(root, 'Extracting…')!;
    expect(busy.hasAttribute('disabled')).toBe(true);
    expect(busy.getAttribute('aria-busy')).toBe('true');
  });

  it('lists new names with their count and up to three contexts, the name marked', () => {
    const { root } = show();
    expect([...root.querySelectorAll('ul.mc-candidates > li')].map((li) => li.getAttribute('data-candidate'))).toEqual(['Yusov', 'Coordination HQ']);
    const yusov = candidate(root, 'Yusov');
    expect(text(yusov)).toContain('seen 4 times');
    const contexts = [...yusov.querySelectorAll('.mc-context')];
    expect(contexts.length).toBe(3);
    expect(contexts.map((c) => [...c.querySelectorAll('mark')].map(text))).toEqual([['Andriy Yusov'], ['Yusov'], ['yusov']]);
    expect(text(contexts[0].querySelector('.mc-context-sentence'))).toBe('Andriy Yusov said the list was handed over.');
    const accept = button(yusov, 'Accept…')!;
    expect(accept.getAttribute('aria-label')).toBe('Accept “Yusov”');
  });

  it('passes on that a candidate is not a name', async () => {
    const { root, onDismissCandidate, onAccept } = show();
    const hq = button(candidate(root, 'Coordination HQ'), 'Not a name')!;
    expect(hq.getAttribute('aria-label')).toBe('“Coordination HQ” is not a name');
    await click(hq);
    expect(onDismissCandidate).toHaveBeenCalledWith('Coordination HQ');
    expect(onAccept).not.toHaveBeenCalled();
  });

  it('accepts a name through its form, checking the name and cleaning the aliases', async () => {
    const { root, onAccept, update } = show();
    const yusov = candidate(root, 'Yusov');
    const focus = focusSpy();
    await click(button(yusov, 'Accept…')!);
    const name = labelled(yusov, 'Name');
    expect(focus.mock.contexts).toEqual([name]);
    expect(name.value).toBe('Yusov');
    const type = labelled(yusov, 'Type') as unknown as HTMLSelectElement;
    expect([...type.querySelectorAll('option')].map(text)).toEqual(['event', 'person', 'organization', 'place', 'object', 'group']);
    expect(type.value).toBe('person');
    const aliases = labelled(yusov, 'Aliases, one per line') as unknown as HTMLTextAreaElement;
    expect(aliases.tagName).toBe('TEXTAREA');
    expect(aliases.value).toBe('Yusov\nAndriy Yusov');
    expect(labelled(yusov, 'Description').value).toBe('');
    const form = yusov.querySelector('form')!;

    name.value = '  ';
    await fire(name, 'input');
    await fire(form, 'submit');
    expect(text(yusov.querySelector('.mc-field-error'))).toBe('Give the name.');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(onAccept).not.toHaveBeenCalled();

    name.value = ' Andriy Yusov ';
    await fire(name, 'input');
    (type.querySelector('option[value="organization"]') as HTMLOptionElement).selected = true;
    await fire(type, 'change');
    aliases.value = 'Yusov\n\n  Andrii Yusov \nYusov';
    await fire(aliases, 'input');
    await fire(form, 'submit');
    expect(onAccept).toHaveBeenCalledWith({ name: 'Andriy Yusov', type: 'organization', aliases: ['Andriy Yusov', 'Yusov', 'Andrii Yusov'] });
    expect(yusov.querySelector('.mc-field-error')).toBeNull();

    update({ busy: 'accept' });
    const adding = button(yusov, 'Adding…')!;
    expect([adding.hasAttribute('disabled'), adding.getAttribute('aria-busy')]).toEqual([true, 'true']);
    expect(button(root, 'Accept…')!.hasAttribute('disabled')).toBe(false); // only the submitted form is busy

    focus.mockClear();
    update({ busy: null, candidates: [] }); // accepted, and the list empty: focus goes to the heading
    expect(focus.mock.contexts.map((el) => text(el as Element))).toEqual(['New names']);
  });

  it('sends the description when given, and Cancel or Escape closes the form with focus back on Accept…', async () => {
    const { root, onAccept } = show();
    const hq = candidate(root, 'Coordination HQ');
    await click(button(hq, 'Accept…')!);
    const description = labelled(hq, 'Description');
    description.value = ' Ukraine’s prisoner-of-war coordination headquarters ';
    await fire(description, 'input');
    await fire(hq.querySelector('form')!, 'submit');
    expect(onAccept).toHaveBeenCalledWith({
      name: 'Coordination HQ',
      type: 'person',
      aliases: ['Coordination HQ'],
      description: 'Ukraine’s prisoner-of-war coordination headquarters',
    });
    const focus = focusSpy();
    await click(button(hq, 'Cancel')!);
    expect(hq.querySelector('form')).toBeNull();
    expect(focus.mock.contexts).toEqual([button(hq, 'Accept…')]);
    await click(button(hq, 'Accept…')!);
    await fire(hq.querySelector('form')!, 'keydown', { key: 'Escape' }); // on the form: see the delete test
    expect(hq.querySelector('form')).toBeNull();
  });

  it('exports, imports a chosen file, and shows each busy', async () => {
    const { root, onExport, onImport, update } = show();
    await click(button(root, 'Export claim pack')!);
    expect(onExport).toHaveBeenCalledTimes(1);
    const input = root.querySelector('input[type="file"]') as HTMLInputElement;
    expect([input.getAttribute('accept'), input.getAttribute('aria-label')]).toEqual(['.json,application/json', 'Import claim pack file']);
    const open = vi.spyOn(input, 'click');
    await click(button(root, 'Import claim pack…')!);
    expect(open).toHaveBeenCalledTimes(1);
    const file = new File(['{}'], 'pack.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await fire(input, 'change');
    expect(onImport).toHaveBeenCalledWith(file);
    for (const [busy, label] of [
      ['export', 'Exporting…'],
      ['import', 'Importing…'],
    ] as const) {
      update({ busy });
      const b = button(root, label)!;
      expect([b.hasAttribute('disabled'), b.getAttribute('aria-busy')]).toEqual([true, 'true']);
    }
  });

  it('asks before removing everything the reader added', async () => {
    const { root, onClearAll } = show();
    const focus = focusSpy();
    await click(button(root, 'Remove my articles…')!);
    expect(text(root.querySelector('.mc-confirm-question'))).toBe(
      'Remove every article, outlet and name you added or imported? The bundled corpus stays.',
    );
    await click(button(root, 'Keep')!);
    expect(onClearAll).not.toHaveBeenCalled();
    expect(focus.mock.contexts.at(-1)).toBe(button(root, 'Remove my articles…'));
    await click(button(root, 'Remove my articles…')!);
    await click(button(root, 'Remove all')!);
    expect(onClearAll).toHaveBeenCalledTimes(1);
    expect(root.querySelector('.mc-confirm')).toBeNull();
  });

  it('announces info as status and errors as alerts, and can dismiss them', async () => {
    const { root, update, onDismissNotice } = show({ notice: { text: 'Exported 3 articles and 9 claims.', kind: 'info' } });
    expect(text(root.querySelector('[role="status"]'))).toContain('Exported 3 articles and 9 claims.');
    update({ notice: { text: 'Not imported: claims[3].articleId: unknown id "x". Nothing was changed.', kind: 'error' } });
    expect(text(root.querySelector('[role="alert"]'))).toContain('Not imported: claims[3].articleId: unknown id "x". Nothing was changed.');
    expect(text(root.querySelector('[role="status"]'))).toBe('');
    await click(root.querySelector('button[aria-label="Dismiss message"]')!);
    expect(onDismissNotice).toHaveBeenCalledTimes(1);
  });
});

describe('aliasesFrom', () => {
  it('keeps one trimmed alias a line, without blanks or repeats, the name first', () => {
    expect(aliasesFrom('Yusov', 'Andriy Yusov\r\n  \nYusov\n Andriy Yusov ')).toEqual(['Yusov', 'Andriy Yusov']);
  });
});
