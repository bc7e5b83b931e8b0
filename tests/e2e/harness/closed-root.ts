/**
 * The e2e suites' way into the card's and the save panel's shadow roots (closed in the product) in
 * Chromium: the devtools-protocol reader that `npm start` and the benchmark use too, so there is one
 * implementation. See lib/tools/cli/closed-root.ts for how it works.
 */
export { inRoot, shadowRootObject, type ShownText } from '../../../lib/tools/cli/closed-root';
