/** The one export of the `stopword` package Parallax uses (the package ships no types). */
declare module 'stopword' {
  export const eng: string[];
}
