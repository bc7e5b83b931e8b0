/** Background: owns the database, stores the bundled claim pack, answers the typed messages by sender. */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import bundledFile from 'virtual:bundled-corpus';
import spotCode from 'virtual:spot-code';
import facets from '../seeds/facets.json';
import { createHandlers } from '../lib/worker/handlers';
import { registerSaveCommands } from '../lib/worker/save-commands';
import { loadBundledCorpus } from '../lib/worker/corpus/startup';
import { ParallaxDb } from '../lib/worker/db/schema';
import { dispatch, fromSender } from '../lib/core/messages/dispatch';
import { WORKER_MESSAGES } from '../lib/core/messages/worker-protocol';
import { packagedPack } from '../lib/worker/sources/bundled';
import { cardMark, corpusRevision, isOffOn, labelOverrides, siteSettings } from '../lib/extension/settings';
import { newCardMark } from '../lib/core/card-mark';
import { browserSubscriptionWiring } from '../lib/worker/subscriptions/browser-wiring';
import { onSubscriptionAlarm, restoreSchedule } from '../lib/worker/subscriptions/handlers';
import { dropUnusedGenerations } from '../lib/worker/subscriptions/rows';
import { createLoadProgress } from '../lib/worker/load-progress';
import { offscreenReader, type OffscreenDocuments } from '../lib/worker/offscreen-reader';

export default defineBackground(() => {
  const startedAt = Date.now();
  const extensionBase = browser.runtime.getURL('/');
  const db = new ParallaxDb();
  // One board for every long task (loads, imports, updates): `status` reads it while they run.
  const progress = createLoadProgress();
  // A file of the extension's package, read only when the stored copy is of another build.
  const bundled = packagedPack(new URL(bundledFile.file, extensionBase).href, bundledFile.digest);
  // Runs at every start, so install, update and a previously failed load are all covered.
  const ready = loadBundledCorpus(db, bundled, facets, progress).then((r) => {
    if (!r.ok) console.error('Parallax: the bundled claim pack was not loaded:', r.error);
    return r.ok ? null : r.error;
  });
  const subscriptions = { ...browserSubscriptionWiring(), progress };
  const handlers = createHandlers(db, ready, {
    bundled,
    facets,
    overrides: () => labelOverrides.getValue(),
    // Read at each ask: a page turned back on asks at once, maybe before a watch here would hear of it.
    offAt: async (url) => isOffOn(await siteSettings.getValue(), new URL(url).hostname),
    // Firefox's background is a page with a DOM; Chrome's service worker has none and asks an
    // offscreen document. Loaded when first needed, so Chrome's worker carries no Readability.
    readPage: import.meta.env.FIREFOX
      ? (html, address, movedFrom) => import('../lib/extension/read-with-dom-parser').then((m) => m.readWithDomParser(html, address, movedFrom))
      : offscreenReader(browser.offscreen as OffscreenDocuments, (message) => browser.runtime.sendMessage(message)),
    changed: async (names) => {
      const { claims, names: known } = await corpusRevision.getValue();
      await corpusRevision.setValue({ claims: claims + 1, names: names ? known + 1 : known });
    },
    subscriptions,
    progress,
    spotCode,
  });
  // Registered at once, so an alarm that woke the worker finds its listener.
  browser.alarms.onAlarm.addListener((alarm) => void onSubscriptionAlarm(db, subscriptions, handlers, alarm.name));
  void ready.then(() => restoreSchedule(db, subscriptions));
  // A pack (a subscription's or the bundled one) whose writing a stopped worker cut short is deleted (it was never shown).
  void ready.then(() => dropUnusedGenerations(db, startedAt));
  registerSaveCommands();
  // The reader's card mark, made once for this browser (lib/core/card-mark.ts).
  void cardMark.getValue().then(async (mark) => {
    if (!mark) await cardMark.setValue(newCardMark());
  });
  browser.runtime.onMessage.addListener((message, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    // Who sent it decides what it may ask (an extension page, or a content script for its own page).
    return dispatch(WORKER_MESSAGES, handlers, message, fromSender(sender, extensionBase));
  });
});
