// Picks the lexicon for an article's language. English is the fallback for languages we lack.
import type { Lexicon } from './types';
import { en } from './en';
import { fr } from './fr';
import { de } from './de';
import { es } from './es';
import { pt } from './pt';
import { cs } from './cs';
import { ru } from './ru';
import { zh } from './zh';

const LEXICONS: Record<string, Lexicon> = { en, fr, de, es, pt, cs, ru, zh };

/** Registers a lexicon (each language file calls this through the list below). */
export function lexiconFor(lang: string): Lexicon {
  return LEXICONS[lang.toLowerCase().split(/[-_]/)[0] ?? ''] ?? en;
}

/** Languages with a lexicon of their own. */
export const supportedLanguages = (): string[] => Object.keys(LEXICONS);

export type { Lexicon } from './types';
