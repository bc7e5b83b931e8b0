/** Build configuration: manifest, permissions and the Preact preset for both browsers. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { bundledCorpus } from './lib/tools/build/bundled-corpus';
import { spotCode } from './lib/tools/build/spot-code';

/** The code that decides which names the worker compiles, and how: its digest keys the compiled names it keeps. */
const SPOT_CODE = ['lib/core/spot', 'lib/worker/sources', 'lib/worker/db/schema.ts', 'lib/worker/stored-names.ts', 'lib/worker/spot-matcher.ts'].map(
  (p) => fileURLToPath(new URL(`./${p}`, import.meta.url)),
);

export default defineConfig({
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Parallax',
    description: 'See how other outlets reported the claim you are reading, at the sentence you are reading.',
    // Each permission is explained in docs/using.md, "Permissions".
    // Chrome's offscreen document reads a page the reader adds (its service worker has no DOM).
    permissions: ['storage', 'contextMenus', 'alarms', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // A subscribed pack's host that does not allow cross-origin reads is asked for, one origin, at Subscribe.
    ...(browser === 'firefox' ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    // The save panel frames the note form (entrypoints/note) so the page never hears the note typed;
    // the content script imports the card's code when first needed (lib/content/lazy-ui.ts).
    // A dynamic URL (Chrome) changes every session, so pages cannot probe for them.
    web_accessible_resources: [{ resources: ['note.html', 'card-ui.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }],
    commands: {
      'save-selection': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the selected text to your Parallax collection',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'parallax@parallax.local',
              // Firefox ESR 140 (Debian's firefox-esr) and later: the first to read data_collection_permissions on
              // desktop. (web-ext lint warns that Firefox for Android reads it from 142; Parallax is not built for Android.)
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  // The bundled pack ships as a file the worker reads only when its stored copy is of another build;
  // the digest of the code that compiles names keys the compiled names the worker keeps between starts.
  vite: () => ({
    plugins: [preact(), bundledCorpus('seeds/corpus.json'), spotCode(SPOT_CODE)],
    // WXT's context for content scripts announces them to the page; ours is silent (lib/content/script-context.ts).
    resolve: {
      alias: [
        { find: /^wxt\/utils\/content-script-context$/, replacement: fileURLToPath(new URL('./lib/content/script-context.ts', import.meta.url)) },
      ],
    },
  }),
});
