/**
 * The card and the save panel (Preact, Floating UI and their components), loaded by the content
 * script when first needed: see lib/content/lazy-ui.ts.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { drawText } from '../components/shared/say';
import { provideUi } from '../lib/content/lazy-ui';
import { createCard } from './content/card';
import { createSaving } from './content/saving';

export type UiModule = { createCard: typeof createCard; createSaving: typeof createSaving };

export default defineUnlistedScript(() => {
  // The card and the panel share the document with the page: their text is drawn, out of its window.find().
  drawText(true);
  provideUi({ createCard, createSaving } satisfies UiModule);
});
