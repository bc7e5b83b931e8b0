/**
 * The save panel's note form, an extension page the content script frames inside the panel (listed
 * in web_accessible_resources, Chrome's address changing every session). What the reader types
 * here is in a document of the extension's origin: no listener of the page being read hears it.
 *
 * The highlight comes by id in the address; the note goes straight to the background. The content
 * script hands this frame a MessagePort once it has loaded, and hears on it when the reader is done
 * ('saved' or 'close'), to close the panel. What is typed is stored as it is typed (lib/extension/note-draft.ts):
 * a page can take this frame down with the panel's host, and the draft would go with it.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { NoteForm, type NoteState } from '../../components/card/NoteForm';
import '../../components/card/popover.css';
import { toWorker } from '../../lib/extension/messages';
import { NOTE_KEEP, NOTE_KEPT, NOTE_LEFT, NOTE_PORT, type NoteDone, type NoteSays } from '../../lib/extension/note-frame';
import { whenKeysReleased } from './keys-released';
import { draftKeeper } from '../../lib/extension/note-draft';
import './note.css';

const id = new URLSearchParams(location.search).get('id') ?? '';
let panel: MessagePort | undefined;
/**
 * What the reader said before the port came: the frame has the focus as it loads, and an Escape can
 * arrive before the port does (the port crosses processes). It is said as soon as the port comes.
 */
let early: NoteSays | undefined;
// The first port offered is the panel's: the content script offers it as soon as this frame loads.
window.addEventListener('message', (e) => {
  if (panel || e.data !== NOTE_PORT || !e.ports[0]) return;
  panel = e.ports[0];
  // The panel is about to close this form (the page keeps the focus from it): what was typed is stored first.
  panel.onmessage = async (m) => {
    if (m.data !== NOTE_KEEP || finished) return;
    finished = true;
    // Keys typed just before come on another channel than the panel's message: let them land first.
    await new Promise((resolve) => setTimeout(resolve, TYPED_MS));
    keeper.flush();
    await keeper.settled();
    say(NOTE_KEPT);
  };
  if (early) panel.postMessage(early);
});
const say = (what: NoteSays) => {
  if (panel) panel.postMessage(what);
  // An end said early outweighs a focus lost early.
  else if (what !== NOTE_LEFT || !early) early = what;
};
let finished = false;
const keeper = draftKeeper((change) => toWorker('updateHighlight', { id, ...change }));
/** How long the keys typed just before the panel asks for the draft are given to land. */
const TYPED_MS = 100;
const done = (how: NoteDone) => {
  finished = true;
  // Left without adding: the draft stored meanwhile is taken back first.
  const settled = how === 'close' ? keeper.discard() : Promise.resolve();
  void settled.then(() => whenKeysReleased(() => say(how)));
};

function Note() {
  const [state, setState] = useState<NoteState>(id ? { kind: 'editing' } : { kind: 'error', message: 'this form was opened without a highlight.' });
  const submit = async (note: string, tags: string[]) => {
    setState({ kind: 'busy' });
    const r = await keeper.add({ note, tags });
    if (r.ok) done('saved');
    else setState({ kind: 'error', message: r.error });
  };
  return (
    <NoteForm
      state={state}
      onSubmit={(note, tags) => void submit(note, tags)}
      onCancel={() => done('close')}
      onChange={(note, tags) => {
        if (id) keeper.typed({ note, tags });
      }}
    />
  );
}

render(<Note />, document.getElementById('app')!);
// Taken down (the page removed or moved the panel's host): the last keys typed are sent on their way.
window.addEventListener('pagehide', () => keeper.flush());
// The note field is this document's focused element before the panel focuses the frame: the frame's
// focus event crosses processes and can come after the first key typed, which would then be lost.
document.querySelector('textarea')?.focus();
// If something took the focus inside the frame meanwhile, the note field takes it back as the frame is focused.
window.addEventListener('focus', () => {
  if (document.activeElement === document.body) document.querySelector('textarea')?.focus();
});
// The focus leaving by the reader's Tab is theirs; leaving otherwise (the page took it, or the reader
// pressed elsewhere) is told to the panel, which knows which.
let tabbedAt = -Infinity;
window.addEventListener('blur', () => {
  if (!finished && performance.now() - tabbedAt > 500) say(NOTE_LEFT);
});
window.addEventListener('keydown', (e) => {
  if (e.key === 'Tab') tabbedAt = performance.now();
  // An Escape that comes before the note field has the focus (the frame was just focused) leaves too;
  // one in the form was handled there.
  if (e.key === 'Escape' && !e.defaultPrevented) done('close');
});
