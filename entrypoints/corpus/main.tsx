/**
 * The "My corpus" page: wires the background's corpus messages into MyCorpusView, turns its events
 * into messages and files, and says what each did in a notice. Every failure becomes an error
 * notice; nothing is thrown past this file.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { MyCorpusView, type MyCorpusProps } from '../../components/corpus/MyCorpusView';
import type { Busy } from '../../components/corpus/corpus-ui';
import '../../components/corpus/corpus.css';
import type { Candidate, MyArticle } from '../../lib/core/corpus/types';
import { toWorker } from '../../lib/extension/messages';
import type { Outlet } from '../../lib/core/pack/types';
import { plural } from '../../lib/core/plural';
import { corpusRevision } from '../../lib/extension/settings';
import { download } from '../../lib/pages/download';
import { packSizeProblem } from '../../lib/core/file-caps';
import { SubscriptionsPanel } from './subscriptions';

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e)).replace(/\.$/, '');

function MyCorpus() {
  const [articles, setArticles] = useState<MyArticle[] | null>(null);
  const [candidates, setCandidates] = useState<Candidate[] | null>(null);
  const [outlets, setOutlets] = useState<Record<string, Outlet>>({});
  const [notice, setNotice] = useState<MyCorpusProps['notice']>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const info = (text: string) => setNotice({ text, kind: 'info' });
  const fail = (text: string) => setNotice({ text, kind: 'error' });

  // Reloads can overlap (the first load, and the revision watch after each change): only the latest
  // one is shown.
  const generation = useRef(0);
  const reload = async () => {
    const mine = ++generation.current;
    const [a, c, o] = await Promise.all([toWorker('myArticles', {}), toWorker('candidates', {}), toWorker('outlets', {})]);
    if (mine !== generation.current) return;
    if (a.ok) setArticles(a.value);
    if (c.ok) setCandidates(c.value);
    if (o.ok) setOutlets(Object.fromEntries(o.value.map((x) => [x.id, x])));
    const failed = [a, c, o].find((r) => !r.ok);
    if (failed && !failed.ok) fail(failed.error);
  };

  /** Runs one event's work; a long action marks its button busy until it is done. */
  const run = async (work: () => Promise<unknown>, long?: Busy) => {
    if (long) setBusy(long);
    try {
      await work();
    } catch (e) {
      fail(reason(e));
    } finally {
      if (long) setBusy(null);
    }
  };

  useEffect(() => {
    void run(async () => {
      await reload();
      const s = await toWorker('status', {});
      if (!s.ok) fail(s.error);
      else if (s.value.loadError) fail(`The bundled corpus could not be loaded: ${s.value.loadError}`);
    });
    // The background bumps the revision whenever the corpus changes (in this page or elsewhere), before
    // it answers: that reload is the only one an action needs.
    return corpusRevision.watch(() => void run(reload));
  }, []);

  return (
    <MyCorpusView
      articles={articles}
      candidates={candidates}
      outlets={outlets}
      notice={notice}
      busy={busy}
      onDismissNotice={() => setNotice(null)}
      onDelete={(id) =>
        void run(async () => {
          const gone = articles?.find((a) => a.article.id === id);
          const r = await toWorker('deleteArticle', { id });
          if (!r.ok) return fail(r.error);
          info(gone ? `Deleted “${gone.article.title}” and its ${plural(gone.claims.length, 'claim')}.` : 'Deleted.');
        })
      }
      onReextract={() =>
        void run(async () => {
          const r = await toWorker('reextractArticles', {});
          if (!r.ok) return fail(r.error);
          info(`Extracted again: ${plural(r.value.articles, 'article')}, ${plural(r.value.claims, 'claim')}.`);
        }, 'reextract')
      }
      onAccept={(entity) =>
        void run(async () => {
          const r = await toWorker('acceptCandidate', entity);
          if (!r.ok) return fail(r.error);
          info(`“${r.value.entity.name}” is now known: ${plural(r.value.claims, 'claim')} link${r.value.claims === 1 ? 's' : ''} it.`);
        }, 'accept')
      }
      onDismissCandidate={(name) =>
        void run(async () => {
          const r = await toWorker('dismissCandidate', { name });
          if (!r.ok) return fail(r.error);
          info(`“${name}” will not be offered again.`);
          // Not a change to the corpus, so no revision tells this page: it reloads itself.
          await reload();
        })
      }
      onExport={() =>
        void run(async () => {
          const r = await toWorker('exportPack', {});
          if (!r.ok) return fail(r.error);
          const stamp = new Date().toISOString().slice(0, 10);
          download(`parallax-claims-${stamp}.json`, 'application/json', JSON.stringify(r.value, null, 2));
          info(`Exported ${plural(r.value.articles.length, 'article')} and ${plural(r.value.claims.length, 'claim')}.`);
        }, 'export')
      }
      onImport={(file) =>
        void run(async () => {
          const tooLarge = packSizeProblem(file.size);
          if (tooLarge) return fail(`Not imported: ${tooLarge} Nothing was changed.`);
          let pack: unknown;
          try {
            pack = JSON.parse(await file.text());
          } catch (e) {
            return fail(`This file is not JSON: ${reason(e)}. Nothing was changed.`);
          }
          const r = await toWorker('importPack', { pack });
          if (!r.ok) return fail(`Not imported: ${r.error.replace(/\.$/, '')}. Nothing was changed.`);
          info(`Imported: ${r.value.added} added, ${r.value.updated} updated, ${r.value.unchanged} unchanged.`);
        }, 'import')
      }
      subscriptions={<SubscriptionsPanel info={info} fail={fail} />}
      onClearAll={() =>
        void run(async () => {
          const r = await toWorker('clearMyCorpus', {});
          if (!r.ok) return fail(r.error);
          info(`Removed ${plural(r.value, 'row')}; the bundled corpus stays.`);
        })
      }
    />
  );
}

render(<MyCorpus />, document.getElementById('app')!);
