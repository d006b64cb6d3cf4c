import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Lexicon } from '../core/lexicon/types';

// In Node every lexicon is registered from the start; this stands in for the content script's
// registry, which holds English only until a lexicon file is run.
const registry = vi.hoisted(() => new Map<string, unknown>());
vi.mock('../core/lexicon/index', () => ({
  lexiconCode: (lang: string) => {
    const code = lang.toLowerCase().split(/[-_]/)[0] ?? '';
    return ['en', 'fr', 'de'].includes(code) ? code : 'en';
  },
  lexiconLoaded: (lang: string) => registry.has(['fr', 'de'].includes(lang.slice(0, 2)) ? lang.slice(0, 2) : 'en'),
  registerLexicon: (lexicon: { lang: string }) => void registry.set(lexicon.lang, lexicon),
}));

const { LEXICONS_KEY, ensureLexicon } = await import('./lexicon-loader');

const lexicon = (lang: string) => ({ lang }) as unknown as Lexicon;

describe('ensureLexicon', () => {
  beforeEach(() => {
    registry.clear();
    registry.set('en', lexicon('en'));
  });

  it('loads nothing for a language that is there (English, or one we lack)', async () => {
    const load = vi.fn(async () => undefined);
    await ensureLexicon('en-GB', load, {});
    await ensureLexicon('xx', load, {});
    expect(load).not.toHaveBeenCalled();
  });

  it('loads the language by its code and registers what the lexicon file left', async () => {
    const world: Record<symbol, unknown> = {};
    const load = vi.fn(async (code: string) => void (world[LEXICONS_KEY] = [lexicon(code)]));
    await ensureLexicon('fr-CA', load, world);
    expect(load).toHaveBeenCalledWith('fr');
    expect(registry.has('fr')).toBe(true);
    expect(world[LEXICONS_KEY]).toEqual([]);
    await ensureLexicon('fr', load, world);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('fails clearly when the lexicon did not arrive, rather than read the article with English words', async () => {
    await expect(ensureLexicon('de', async () => undefined, {})).rejects.toThrow(/de lexicon did not load/);
    await expect(ensureLexicon('de', async () => Promise.reject(new Error('refused')), {})).rejects.toThrow('refused');
  });
});
