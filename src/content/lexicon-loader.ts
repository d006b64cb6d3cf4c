// The content script's bundle holds the English lexicon only (English is also the fallback for
// languages we lack); the article's own language is loaded on demand, once Readability has said
// which it is: the background runs lexicon-<code>.js in this world (build.mjs), which leaves the
// lexicon under LEXICONS_KEY, and this hands it to the engine's registry.
import { lexiconCode, lexiconLoaded, registerLexicon, type Lexicon } from '../core/lexicon/index';

/** Where lexicon-<code>.js leaves its lexicon on globalThis (the content scripts' world). */
export const LEXICONS_KEY = Symbol.for('sourcelight.lexicons');

type Global = typeof globalThis & { [LEXICONS_KEY]?: Lexicon[] };

/** Registers the lexicons lexicon files left in this world. */
function takeDropped(g: Global): void {
  const dropped = g[LEXICONS_KEY];
  if (Array.isArray(dropped)) for (const lexicon of dropped.splice(0)) registerLexicon(lexicon);
}

/**
 * Makes lexiconFor(lang) give the language's own lexicon, loading it when needed through `load`
 * (asks the background to run lexicon-<code>.js here). Rejects when it could not be loaded: the
 * engine must not quietly read a French article with English words.
 */
export async function ensureLexicon(lang: string, load: (code: string) => Promise<void>, g: object = globalThis): Promise<void> {
  takeDropped(g as Global);
  if (lexiconLoaded(lang)) return;
  const code = lexiconCode(lang);
  await load(code);
  takeDropped(g as Global);
  if (!lexiconLoaded(lang)) throw new Error(`the ${code} lexicon did not load`);
}
