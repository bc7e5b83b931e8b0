/** The exports of the `stopword` package Parallax uses (the package ships no types): its lists of common words by language. */
declare module 'stopword' {
  export const eng: string[];
  export const deu: string[];
  export const fra: string[];
  export const ita: string[];
  export const nld: string[];
  export const pol: string[];
  export const por: string[];
  export const rus: string[];
  export const spa: string[];
  export const ukr: string[];
}
