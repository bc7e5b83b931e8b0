/** The save panel's note form (framed on an extension page), rendered with Preact into a linkedom document. */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NoteForm, type NoteState } from '../../../../components/card/NoteForm';
import { fire, text, useLinkedom } from '../dom';

let container: HTMLElement;
useLinkedom();
afterEach(() => {
  render(null, container);
  container.remove();
});

function show(state: NoteState = { kind: 'editing' }) {
  const onSubmit = vi.fn();
  const onCancel = vi.fn();
  container = document.createElement('div');
  document.body.appendChild(container);
  render(h(NoteForm, { state, onSubmit, onCancel }), container);
  return {
    onSubmit,
    onCancel,
    textarea: container.querySelector('textarea')!,
    input: container.querySelector('input')!,
    form: container.querySelector('form')!,
  };
}

const typeInto = (el: HTMLTextAreaElement | HTMLInputElement, value: string) =>
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });

describe('NoteForm', () => {
  it('submits the note trimmed and the tags parsed', async () => {
    const f = show();
    await typeInto(f.textarea, '  Check the toll  ');
    await typeInto(f.input, 'bodies, AFP,, bodies');
    await fire(f.form, 'submit');
    expect(f.onSubmit).toHaveBeenCalledWith('Check the toll', ['bodies', 'AFP']);
  });

  it('Ctrl+Enter in the note submits; Escape cancels without submitting', async () => {
    const f = show();
    await typeInto(f.textarea, 'Seen');
    // linkedom calls listeners with `this` = the target: keys are fired on the form, which handles them.
    await fire(f.form, 'keydown', { key: 'Enter', ctrlKey: true });
    expect(f.onSubmit).toHaveBeenCalledWith('Seen', []);
    await fire(f.form, 'keydown', { key: 'Escape' });
    expect(f.onCancel).toHaveBeenCalledTimes(1);
    expect(f.onSubmit).toHaveBeenCalledTimes(1);
  });

  it('says why the note was not added, as an alert, and submits nothing while busy', async () => {
    const failed = show({ kind: 'error', message: 'the database is closed' });
    expect(text(failed.form.querySelector('[role="alert"]'))).toBe('Not added: the database is closed');
    render(null, container);
    container.remove();
    const busy = show({ kind: 'busy' });
    expect(busy.form.querySelector('button')!.hasAttribute('disabled')).toBe(true);
    await fire(busy.form, 'submit');
    expect(busy.onSubmit).not.toHaveBeenCalled();
  });
});
