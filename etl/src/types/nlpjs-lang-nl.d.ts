/** The part of @nlpjs/lang-nl that Leerlus uses (the package ships no types). */
declare module '@nlpjs/lang-nl' {
  /** Snowball stemmer for Dutch. */
  export class StemmerNl {
    stemWord(word: string): string;
  }
}
