/** Popup: shows whether the claim corpus is loaded and how large it is. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CorpusStatus } from '../../components/CorpusStatus';
import { request } from '../../lib/messaging';
import './style.css';

const app = document.getElementById('app')!;
render(<CorpusStatus state={{ kind: 'loading' }} />, app);
request((m) => browser.runtime.sendMessage(m), 'status', {}).then((r) => {
  render(<CorpusStatus state={r.ok ? { kind: 'ready', status: r.value } : { kind: 'error', message: r.error }} />, app);
});
