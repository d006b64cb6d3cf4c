// Languages are data: no word of any language in src/core outside src/core/lexicon/. A string
// literal of small letters in the engine's code ("the", "ing", "mr") is a word; the only such
// literals allowed are the engine's own names of things, the members of the string-literal
// types that src/core declares ('quote' | 'claim' | …), and the rule names its sieves record. A
// regular expression spells no ending either ("’s", "ing"): its letters say only kinds of characters.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = join(process.cwd(), 'src', 'core');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === 'lexicon' ? [] : sources(p);
    return /\.ts$/.test(f) && !/\.test\.ts$/.test(f) && f !== 'test-support.ts' ? [p] : [];
  });
}

/** The code of a file without its comments (strings kept), as a list of [literal, line]; regular expressions into `regexes`. */
function literals(src: string, regexes: Array<[string, number]> = []): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  let line = 1;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\n') line++;
    else if (ch === '/' && src[i + 1] === '/') while (i < src.length && src[i + 1] !== '\n') i++;
    else if (ch === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      for (const c of src.slice(i, end)) if (c === '\n') line++;
      i = end + 1;
    } else if (ch === '/' && /(?:[=>(,:!&|?;{}[]|\breturn)\s*$/.test(src.slice(Math.max(0, i - 8), i))) {
      // a regular expression literal: skip to its closing slash
      let k = i + 1;
      let cls = false;
      while (k < src.length && src[k] !== '\n' && (cls || src[k] !== '/')) {
        if (src[k] === '\\') k++;
        else if (src[k] === '[') cls = true;
        else if (src[k] === ']') cls = false;
        k++;
      }
      regexes.push([src.slice(i + 1, k), line]);
      i = k;
    } else if (ch === "'" || ch === '"' || ch === '`') {
      let k = i + 1;
      let s = '';
      while (k < src.length && src[k] !== ch) {
        if (src[k] === '\\') {
          s += '\u0000';
          k += 2;
          continue;
        }
        s += src[k];
        k++;
      }
      out.push([s, line]);
      i = k;
    }
  }
  return out;
}

const WORD = /^\p{Ll}[\p{Ll}'’]*$/u;

/** Names of the web platform the engine reads a page by: ARIA landmark roles and attribute names. */
const WEB_NAMES = new Set(['navigation', 'contentinfo', 'banner', 'complementary', 'role', 'lang']);

describe('languages are data', () => {
  it('no word of a language stands in the code of src/core outside src/core/lexicon/', () => {
    const files = sources(CORE);
    const code = files.map((f) => [f, readFileSync(f, 'utf8')] as const);
    // The engine's own names: members of its string-literal types, and its rule names.
    const names = new Set<string>();
    for (const [, src] of code) {
      for (const m of src.matchAll(/(?:type\s+\w+\s*=|:)\s*((?:\s*\|?\s*'[\w-]+')+)/g)) for (const w of m[1]!.matchAll(/'([\w-]+)'/g)) names.add(w[1]!);
      for (const m of src.matchAll(/(?:name|rule|kind|type|reason|source|fallback):\s*'([\w-]+)'/g)) names.add(m[1]!);
    }
    // …the names of the code's own properties ('text' in Pick<Article, 'text'>) and the language codes.
    for (const [, src] of code) for (const m of src.matchAll(/(?:\.|\b)([a-z][A-Za-z]*)\??:|\.([a-z][A-Za-z]*)\b/g)) names.add(m[1] ?? m[2]!);
    for (const f of readdirSync(join(CORE, 'lexicon'))) for (const m of readFileSync(join(CORE, 'lexicon', f), 'utf8').matchAll(/\blang: '([a-z]+)'/g)) names.add(m[1]!);
    const found: string[] = [];
    for (const [f, src] of code) {
      for (const [lit, line] of literals(src)) {
        if (WORD.test(lit) && lit.length >= 2 && !names.has(lit) && !WEB_NAMES.has(lit)) found.push(`${f.slice(CORE.length + 1)}:${line} '${lit}'`);
      }
    }
    expect(found).toEqual([]);
  });

  it('no regular expression in src/core outside src/core/lexicon/ spells an ending or a word', () => {
    const found: string[] = [];
    for (const f of sources(CORE)) {
      const regexes: Array<[string, number]> = [];
      literals(readFileSync(f, 'utf8'), regexes);
      for (const [re, line] of regexes) {
        // Escapes (\p{L}, \u2019, \s) and character classes say what kind of character; letters outside them spell.
        const bare = re.replace(/\\(?:[pPu]\{[^}]*\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, ' ').replace(/\[[^\]]*\]/g, '#');
        // "’s", "'re": a mark of elision or possession, then letters, is an ending of a language.
        if (/\p{L}{2,}/u.test(bare) || /#\p{L}/u.test(bare) || /['’]\p{L}/u.test(bare)) found.push(`${f.slice(CORE.length + 1)}:${line} /${re}/`);
      }
    }
    expect(found).toEqual([]);
  });
});
