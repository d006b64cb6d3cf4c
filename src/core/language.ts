// Guesses an article's language when the page does not declare one: script first (CJK,
// Cyrillic), then the most frequent function words of each Latin-script language we know.
import { LANGUAGE_WORDS as STOPWORDS } from './lexicon/language-words';

/** ISO 639-1 code of the most likely language of text, or "und". Looks at the first 5,000 chars. */
export function guessLanguage(text: string): string {
  const sample = text.slice(0, 5000);
  const han = (sample.match(/[\u4e00-\u9fff]/g) ?? []).length;
  if (han > sample.length * 0.2) return 'zh';
  const cyr = (sample.match(/[\u0400-\u04ff]/g) ?? []).length;
  if (cyr > sample.length * 0.3) return 'ru';
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 'und';
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best = 'und';
  let bestScore = 0;
  for (const [lang, list] of Object.entries(STOPWORDS)) {
    const score = list.reduce((s, w) => s + (counts.get(w) ?? 0), 0);
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return bestScore >= 3 ? best : 'und';
}
