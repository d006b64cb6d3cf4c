// Picks the lexicon for an article's language. English is the fallback for languages we lack.
// Lexicons are registered per language: in Node every one is here from the start; the content
// script's bundle holds English only (build.mjs leaves the other imports below empty) and loads the
// article's language on demand (lexicon-<code>.js, see src/content/lexicon-loader.ts), which
// then calls registerLexicon before the engine runs.
import type { Lexicon } from './types';
import { en } from './en';
import { fr } from './fr';
import { de } from './de';
import { es } from './es';
import { pt } from './pt';
import { cs } from './cs';
import { ru } from './ru';
import { zh } from './zh';

/** Languages with a lexicon of their own (loaded or not). */
const LANGUAGES = ['en', 'fr', 'de', 'es', 'pt', 'cs', 'ru', 'zh'] as const;

const LEXICONS = new Map<string, Lexicon>();
// A bundle that leaves a language out gets undefined for it here.
for (const lexicon of [en, fr, de, es, pt, cs, ru, zh] as Array<Lexicon | undefined>) if (lexicon) LEXICONS.set(lexicon.lang, lexicon);

/** The lexicon code an article language maps to: "fr-CA" -> "fr"; a language we lack -> "en". */
export function lexiconCode(lang: string): string {
  const code = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(code) ? code : 'en';
}

/** Makes a lexicon loaded on demand available to lexiconFor. */
export function registerLexicon(lexicon: Lexicon): void {
  LEXICONS.set(lexicon.lang, lexicon);
}

/** True when lexiconFor(lang) gives that language's own lexicon (not the fallback for want of loading it). */
export function lexiconLoaded(lang: string): boolean {
  return LEXICONS.has(lexiconCode(lang));
}

/** The lexicon of a language (English where we have none, or it is not loaded). */
export function lexiconFor(lang: string): Lexicon {
  return LEXICONS.get(lexiconCode(lang)) ?? en;
}

/** Languages with a lexicon of their own. */
export const supportedLanguages = (): string[] => [...LANGUAGES];

export type { Lexicon } from './types';
