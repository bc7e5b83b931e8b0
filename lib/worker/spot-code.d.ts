/** The module lib/tools/build/spot-code.ts makes at build time: a digest of the spotting code. */
declare module 'virtual:spot-code' {
  const digest: string;
  export default digest;
}
