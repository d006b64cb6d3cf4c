// The most frequent function words of each Latin-script language we know, by which language.ts
// guesses an article's language when the page declares none. Kept apart from the lexicons, which
// are loaded only for the article's language, since the guess needs every language's words.
export const LANGUAGE_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'that', 'is', 'was', 'said', 'with', 'for'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'que', 'une', 'dans', 'pour'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'sich', 'auch', 'ein'],
  es: ['el', 'los', 'las', 'que', 'del', 'por', 'una', 'con', 'para', 'según'],
  pt: ['os', 'das', 'que', 'não', 'uma', 'com', 'para', 'do', 'da', 'segundo'],
  cs: ['a', 'je', 'se', 'na', 'že', 'to', 'v', 'by', 'jsou', 'také'],
};
