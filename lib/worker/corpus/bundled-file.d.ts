/** The module lib/tools/build/bundled-corpus.ts makes at build time: the bundled pack's path from the extension's root, and its digest. */
declare module 'virtual:bundled-corpus' {
  const bundled: { file: string; digest: string };
  export default bundled;
}
