// Picks the lexicon for an article's language. English is the fallback for languages we lack.
// Every lexicon is bundled wherever the engine runs: the Node programs and the extension's
// background (the content script runs Readability only and holds no lexicon).
import type { Lexicon } from './types';
import { en } from './en';
import { fr } from './fr';
import { de } from './de';
import { es } from './es';
import { pt } from './pt';
import { cs } from './cs';
import { ru } from './ru';
import { zh } from './zh';

/** Languages with a lexicon of their own. */
const LANGUAGES = ['en', 'fr', 'de', 'es', 'pt', 'cs', 'ru', 'zh'] as const;

const LEXICONS = new Map<string, Lexicon>([en, fr, de, es, pt, cs, ru, zh].map((lexicon) => [lexicon.lang, lexicon]));

/** The lexicon code an article language maps to: "fr-CA" -> "fr"; a language we lack -> "en". */
export function lexiconCode(lang: string): string {
  const code = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(code) ? code : 'en';
}

/** The lexicon of a language (English where we have none). */
export function lexiconFor(lang: string): Lexicon {
  return LEXICONS.get(lexiconCode(lang)) ?? en;
}

/** Languages with a lexicon of their own. */
export const supportedLanguages = (): string[] => [...LANGUAGES];

export type { Lexicon } from './types';
