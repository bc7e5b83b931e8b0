/** The built Firefox extension (.output/firefox-mv2) in Debian's firefox-esr: the same suite as Chromium's. */
import { describeCorpusSuite } from './harness/corpus-assertions';
import { launchFirefox } from './harness/firefox';

describeCorpusSuite('Firefox', async () => {
  const harness = await launchFirefox();
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
