/** The built Chromium extension (.output/chrome-mv3) in Debian's Chromium: corpus, messages, storage. */
import { describeCorpusSuite } from './harness/corpus-assertions';
import { launchChromium } from './harness/chromium';

describeCorpusSuite('Chromium', async () => {
  const harness = await launchChromium();
  try {
    const popup = await harness.openExtensionPage('popup.html');
    return {
      evaluate: (fn, arg) => popup.evaluate(fn, arg),
      consoleErrors: () => harness.consoleErrors(),
      close: () => harness.close(),
    };
  } catch (e) {
    await harness.close();
    throw e;
  }
});
