// The claim rules of the reporting mood, on invented German sentences: a cue with a comma and a
// clause in the Konjunktiv I, according phrases inside their clause ("laut", "zufolge", "nach
// Angaben"), the report tag ", so X", "wie X mitteilte", and a subjunctive sentence that goes on
// from a report. Also what must not become a claim.
import { describe, expect, it } from 'vitest';
import { findClaims } from './claims';
import type { ClauseToken } from './clause';
import { compile } from './lexicon/compiled';
import { de } from './lexicon/de';
import { en } from './lexicon/en';
import { findingsOf } from './test-support';
import { tokenize } from './tokens';

const c = compile(de);

/** Claims of one German sentence as text: content, source and cue. */
function claims(sentence: string): Array<{ text: string; source: string | null; cue: string }> {
  const tokens: ClauseToken[] = tokenize(sentence, 0, sentence.length, de);
  return findClaims(tokens, c).map((m) => ({
    text: sentence.slice(tokens[m.content[0]]!.start, tokens[m.content[1] - 1]!.end),
    source: m.source ? sentence.slice(tokens[m.source[0]]!.start, tokens[m.source[1] - 1]!.end) : null,
    cue: m.cue.text,
  }));
}

describe('reported-subjunctive: a cue, a comma and a clause in the reporting mood', () => {
  it('reads the clause after the comma, with the subject before the cue or after it', () => {
    expect(claims('Jana Beispiel sagte, die Lage sei ernst.')).toEqual([{ text: 'die Lage sei ernst', source: 'Jana Beispiel', cue: 'sagte' }]);
    expect(claims('Am Montag erklärte der Verband, man habe genug getan.')).toEqual([{ text: 'man habe genug getan', source: 'der Verband', cue: 'erklärte' }]);
  });

  it('reads a separable cue split by its setting', () => {
    expect(claims('Die Firma teilte am Abend mit, der Schaden sei gering.')).toEqual([{ text: 'der Schaden sei gering', source: 'Die Firma', cue: 'teilte mit' }]);
  });

  it('leaves a clause in the indicative after a cue and its comma alone', () => {
    expect(claims('Die Ministerin sagte, als sie ankam, nichts.')).toEqual([]);
  });
});

describe('according-in-clause and according-noun: the source inside the clause it attributes', () => {
  it('reads the clause after an according phrase at its head', () => {
    expect(claims('Laut Polizei habe der Fahrer zu schnell gewendet.')).toEqual([{ text: 'habe der Fahrer zu schnell gewendet', source: 'Polizei', cue: 'Laut' }]);
    expect(claims('Dem Bericht zufolge sank die Zahl der Unfälle.')).toEqual([{ text: 'sank die Zahl der Unfälle', source: 'Dem Bericht', cue: 'zufolge' }]);
    expect(claims('Nach ersten Schätzungen kamen rund tausend Gäste.')).toEqual([{ text: 'kamen rund tausend Gäste', source: 'ersten Schätzungen', cue: 'Nach ersten Schätzungen' }]);
    expect(claims('Seiner Meinung nach hätte die Stadt früher handeln müssen.')).toEqual([{ text: 'hätte die Stadt früher handeln müssen', source: 'Seiner', cue: 'nach' }]);
  });

  it('reads the whole clause around an according phrase inside it', () => {
    expect(claims('Der Umsatz ist nach Angaben der Firma gestiegen.')).toEqual([{ text: 'Der Umsatz ist nach Angaben der Firma gestiegen', source: 'der Firma', cue: 'nach Angaben' }]);
    expect(claims('Die Brücke ist nach Polizeiangaben seit Montag gesperrt.')).toEqual([
      { text: 'Die Brücke ist nach Polizeiangaben seit Montag gesperrt', source: 'Polizeiangaben', cue: 'nach Polizeiangaben' },
    ]);
    // The verb before "zufolge" is no part of its source.
    expect(claims('Ursache des Unfalls dürfte ersten Annahmen zufolge das Glatteis gewesen sein.')).toEqual([
      { text: 'Ursache des Unfalls dürfte ersten Annahmen zufolge das Glatteis gewesen sein', source: 'Annahmen', cue: 'zufolge' },
    ]);
  });

  it('reads the clause before an according phrase that closes it', () => {
    expect(claims('Die Brücke bleibt vorerst gesperrt, laut der Stadt.')).toEqual([{ text: 'Die Brücke bleibt vorerst gesperrt', source: 'der Stadt', cue: 'laut' }]);
  });

  it('reads "nach" of time or place, and "laut" as an adjective, as no source', () => {
    expect(claims('Nach dem Spiel fuhr die Mannschaft nach Hause.')).toEqual([]);
    expect(claims('Die Musik in der Halle war sehr laut und schrill.')).toEqual([]);
  });
});

describe('reported-before-cue: the report before its cue and inverted subject', () => {
  it('reads "P, V X." with a separable cue closing on its particle', () => {
    expect(claims('Der Schaden sei insgesamt gering, teilte die Firma am Abend mit.')).toEqual([
      { text: 'Der Schaden sei insgesamt gering', source: 'die Firma', cue: 'teilte mit' },
    ]);
  });

  it('reads a clause in the reporting mood known by its ending after a cue', () => {
    expect(claims('Jan Muster sagte, die Stadt benötige dringend mehr Geld.')).toEqual([{ text: 'die Stadt benötige dringend mehr Geld', source: 'Jan Muster', cue: 'sagte' }]);
  });

  it('reads a clause that a subordinator opens as no report', () => {
    expect(claims('Sie versprach der Stadt, falls nötig, jede Woche wiederzukommen.')).toEqual([]);
  });

  it('keeps the addressee out of the source of a parenthetical report', () => {
    expect(claims('Wie die Anwältin der Familie dem Gericht mitteilte, wurde der Vertrag gekündigt.')).toEqual([
      { text: 'wurde der Vertrag gekündigt', source: 'die Anwältin der Familie', cue: 'mitteilte' },
    ]);
  });
});

describe('according-anaphor, report-relative and the infinitive after a cue', () => {
  it('reads the clause after "Demnach" at its head, its source left to the report before', () => {
    expect(claims('Demnach stieg die Zahl der Fälle im Winter deutlich.')).toEqual([{ text: 'stieg die Zahl der Fälle im Winter deutlich', source: null, cue: 'Demnach' }]);
  });

  it('reads the content of a report after ", wonach"', () => {
    expect(claims('Die Forscherin bestätigte eine Schätzung der Behörde, wonach die Zahl gestiegen ist.').map((m) => m.text)).toEqual(['die Zahl gestiegen ist']);
  });

  it('reads an intention in an infinitive after a cue and its comma', () => {
    expect(claims('Zudem kündigte er an, weiterhin gegen den Schmuggel zu kämpfen.')).toEqual([
      { text: 'weiterhin gegen den Schmuggel zu kämpfen', source: 'er', cue: 'kündigte an' },
    ]);
  });
});

describe('report-tag and report-parenthetical', () => {
  it('reads "P, so X." with the source after "so"', () => {
    expect(claims('Die Brücke sei seit Jahren marode, so die Ingenieurin.')).toEqual([{ text: 'Die Brücke sei seit Jahren marode', source: 'die Ingenieurin', cue: 'so' }]);
  });

  it('reads "so" as an ordinary word elsewhere', () => {
    expect(claims('Die Halle war so voll, dass niemand mehr hineinkam.')).toEqual([]);
  });

  it('reads "Wie X mitteilte, P" and "P, wie X mitteilte."', () => {
    expect(claims('Wie die Polizei mitteilte, wurde bei dem Unfall niemand verletzt.')).toEqual([{ text: 'wurde bei dem Unfall niemand verletzt', source: 'die Polizei', cue: 'mitteilte' }]);
    expect(claims('Bei dem Unfall wurde niemand verletzt, wie die Polizei mitteilte.')).toEqual([{ text: 'Bei dem Unfall wurde niemand verletzt', source: 'die Polizei', cue: 'mitteilte' }]);
  });

  it('reads a comparison with "wie" as no report', () => {
    expect(claims('Die Preise stiegen so stark, wie seit Jahren nicht mehr.')).toEqual([]);
  });
});

describe('subjunctive-run-on: a sentence in the reporting mood after a report', () => {
  it('makes a claim of a Konjunktiv I sentence, with the speaker of the report before it', () => {
    const all = findingsOf(['Die Bürgermeisterin Jana Beispiel sagte, die Lage sei ernst. Man habe keine Zeit mehr zu verlieren.'], 'de');
    const run = all.find((f) => f.kind === 'claim' && f.text.startsWith('Man habe'));
    expect(run?.text).toBe('Man habe keine Zeit mehr zu verlieren');
    expect(run?.speaker).toContain('Beispiel');
  });

  it('goes on with the subject of a verb that relays a judgement ("kritisierte die Pläne")', () => {
    const all = findingsOf(['Die Abgeordnete Jana Beispiel kritisierte die Pläne der Regierung. Die Mittel seien völlig unzureichend.'], 'de');
    const run = all.find((f) => f.kind === 'claim' && f.text.startsWith('Die Mittel'));
    expect(run?.speaker).toContain('Beispiel');
  });

  it('reads a Konjunktiv II sentence as a claim only right after a report', () => {
    const after = findingsOf(['Der Verband erklärte, die Pläne seien zu teuer. Sie würden die Mitglieder zu stark belasten.'], 'de');
    expect(after.some((f) => f.kind === 'claim' && f.text.startsWith('Sie würden'))).toBe(true);
    const alone = findingsOf(['Die Sonne schien den ganzen Tag. Ein Ausflug würde sich heute lohnen.'], 'de');
    expect(alone.filter((f) => f.kind === 'claim')).toEqual([]);
  });

  it('reads "soll" with a perfect infinitive as hearsay, and "soll" of a plan alone as no claim', () => {
    const hearsay = findingsOf(['Die Sonne schien. Der Täter soll das Haus am Abend betreten haben.'], 'de');
    expect(hearsay.filter((f) => f.kind === 'claim').map((f) => f.text)).toEqual(['Der Täter soll das Haus am Abend betreten haben']);
    const plan = findingsOf(['Die Sonne schien. Die Sitzung soll am Montag beginnen.'], 'de');
    expect(plan.filter((f) => f.kind === 'claim')).toEqual([]);
  });

  it('hands the possessive of "nach ihren Angaben" as the source, resolved to the person', () => {
    expect(claims('Nach ihren Angaben sei die Lage ernst.')).toEqual([{ text: 'sei die Lage ernst', source: 'ihren', cue: 'Nach ihren Angaben' }]);
  });

  it('reads a sentence in the indicative with no cue as no claim', () => {
    const all = findingsOf(['Der Verband erklärte, die Pläne seien zu teuer. Die Sitzung dauerte drei Stunden.'], 'de');
    expect(all.some((f) => f.kind === 'claim' && f.text.includes('Sitzung'))).toBe(false);
  });

  it('leaves English without a reporting mood as it was', () => {
    expect(compile(en).reportedVerbs.size).toBe(0);
    const all = findingsOf(['The mayor said the bridge would reopen. It would be safe again.']);
    expect(all.filter((f) => f.kind === 'claim').map((f) => f.text)).toEqual(['the bridge would reopen']);
  });
});
