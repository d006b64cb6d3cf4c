// Letters of the inflected languages for inflection.ts: their vowels, and the mobile "e" that a
// case ending takes out of a surname ("Souček" → "Součka").
const VOWEL = 'aeiouyáéíóúůýěäöüаеёиоуыэюяії';

/** A word with a mobile e before its last consonant: the parts around it. */
export const MOBILE_E = new RegExp(`^(.*[^${VOWEL}])[eě]([^${VOWEL}])$`, 'u');
