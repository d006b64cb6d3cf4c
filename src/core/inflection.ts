// Surnames in inflected languages change their ending with the grammatical case: an article
// names a person once ("Petr Novák", "Игорь Волков") and then "podle Nováka", "Novákovi",
// "по словам Волкова". Two words are taken for the same name when they agree once one of the
// lexicon's case endings is taken off (and a mobile "e", as in "Souček" → "Součka").

import { MOBILE_E } from './lexicon/inflection-letters';
const MIN_STEM = 3;

/** The forms a name word may have without its case ending, the word itself included. */
export function nameStems(word: string, endings: readonly string[]): string[] {
  const w = word.toLowerCase();
  const out = new Set<string>([w]);
  for (const e of endings) if (e.length > 0 && w.endsWith(e) && w.length - e.length >= MIN_STEM) out.add(w.slice(0, -e.length));
  for (const s of [...out]) {
    const m = MOBILE_E.exec(s);
    if (m && (m[1]!.length + 1) >= MIN_STEM) out.add(m[1]! + m[2]!);
  }
  return [...out];
}

/** Are a and b the same name word in two grammatical cases? Without endings only when equal. */
export function sameName(a: string, b: string, endings: readonly string[]): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  if (endings.length === 0) return false;
  const sb = new Set(nameStems(b, endings));
  return nameStems(a, endings).some((s) => sb.has(s));
}
