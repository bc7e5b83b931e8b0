/**
 * Popup: wires the reader's settings (extension storage), the corpus (background messages) and the
 * current tab (content-script messages) into PopupApp. `?tab=<id>` targets a given tab instead of
 * the active one, for opening the popup as a page.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CorpusState } from '../../components/popup/CorpusStatus';
import type { AddState } from '../../lib/core/corpus/describe';
import { PopupApp, type PageState } from '../../components/popup/PopupApp';
import type { HiddenLabels } from '../../lib/core/coverage/filters';
import { withOverride } from '../../lib/core/coverage/labels';
import type { Outlet } from '../../lib/core/pack/types';
import { toTab, toWorker } from '../../lib/extension/messages';
import { stillLoading } from '../../lib/core/corpus/load-progress';
import { pollWhile } from '../../lib/pages/poll';
import { cardMark, filterSettings, labelOverrides, siteSettings } from '../../lib/extension/settings';
import { newCardMark } from '../../lib/core/card-mark';
import { useStored } from './use-stored';
import './style.css';

async function targetTab(): Promise<number | undefined> {
  const given = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(given) && given > 0) return given;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function Popup() {
  const [corpus, setCorpus] = useState<CorpusState>({ kind: 'loading' });
  const [outlets, setOutlets] = useState<Outlet[] | null>(null);
  const [subscriptions, setSubscriptions] = useState<string[]>([]);
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  const [tab, setTab] = useState<number>();
  const [adding, setAdding] = useState<AddState>({ kind: 'idle' });
  const filters = useStored(filterSettings);
  const overrides = useStored(labelOverrides);
  const sites = useStored(siteSettings);
  const mark = useStored(cardMark);

  const refreshPage = async (id: number | undefined) => {
    if (id === undefined) return setPage({ kind: 'unavailable', reason: 'there is no page in this tab.' });
    const r = await toTab(id, 'pageMentions', {});
    setPage(
      r.ok ? { kind: 'ready', ...r.value } : { kind: 'unavailable', reason: 'it is not a web page Parallax can read, or it is still loading.' },
    );
  };

  // While the corpus loads (or a subscription updates), status is asked again every half second.
  useEffect(
    () =>
      pollWhile(
        () => toWorker('status', {}),
        (r) => setCorpus(r.ok ? { kind: 'ready', status: r.value } : { kind: 'error', message: r.error }),
        (r) => r.ok && stillLoading(r.value),
      ),
    [],
  );
  useEffect(() => {
    toWorker('outlets', {}).then((r) => setOutlets(r.ok ? r.value : []));
    toWorker('subscriptions', {}).then((r) => r.ok && setSubscriptions(r.value.map((s) => s.name)));
    targetTab().then((id) => {
      setTab(id);
      void refreshPage(id);
    });
  }, []);
  // After an on/off change the page is asked again; it answers once it has applied the change.
  useEffect(() => void (tab !== undefined && refreshPage(tab)), [sites.value]);

  return (
    <PopupApp
      mark={mark.value}
      onNewMark={() => void cardMark.setValue(newCardMark())}
      corpus={corpus}
      outlets={outlets}
      subscriptions={subscriptions}
      overrides={overrides.value ?? {}}
      hide={filters.value?.hide ?? {}}
      page={page}
      adding={adding}
      onAddArticle={async () => {
        if (tab === undefined) return;
        setAdding({ kind: 'busy' });
        const r = await toTab(tab, 'addThisArticle', {});
        setAdding(r.ok ? { kind: 'done', added: r.value } : { kind: 'error', message: r.error });
        if (!r.ok) return;
        // A new outlet appears under Outlets at once, ready to be labelled; the page now shows as added.
        toWorker('outlets', {}).then((o) => o.ok && setOutlets(o.value));
        void refreshPage(tab);
      }}
      onOpenCorpus={() => void browser.tabs.create({ url: browser.runtime.getURL('/corpus.html') })}
      onHideChange={(hide: HiddenLabels) => filters.set({ hide })}
      onOverride={(outletId, axis, label) => {
        overrides.set(withOverride(overrides.value ?? {}, outletId, axis, label));
      }}
      onOpenMention={(index) => {
        if (tab === undefined) return;
        // As a toolbar popup it closes so the card is visible; opened as a page (?tab=) it stays.
        void toTab(tab, 'openMention', { index }).then(() => !new URLSearchParams(location.search).has('tab') && window.close());
      }}
      onOpenCollection={() => void browser.tabs.create({ url: browser.runtime.getURL('/collection.html') })}
      onSiteOff={(off) => {
        if (page.kind !== 'ready') return;
        const others = (sites.value?.off ?? []).filter((h) => h !== page.host);
        sites.set({ off: off ? [...others, page.host] : others });
      }}
    />
  );
}

render(<Popup />, document.getElementById('app')!);
