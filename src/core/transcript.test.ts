// Transcript turns: a dialogue's paragraphs are their labels' words; a lone capitalised line with
// a colon makes no transcript.
import { describe, expect, it } from 'vitest';
import { extractFromArticle } from './extract';
import { compile } from './lexicon/compiled';
import { en } from './lexicon/en';
import { transcriptTurns } from './transcript';
import { articleOf } from './test-support';

const article = (text: string) => articleOf(text.split('\n\n'));

const DIALOGUE = [
  'Governor Jane Roe spoke to the host on Sunday. A partial transcript follows.',
  'JOHN DOE: The city released its budget on Friday. Take a look.',
  'ROE: I think the whole state needs to work together on this.',
  'DOE: Do you think the plan will pass the “tough” vote?',
  'ROE: Well, we will see “what happens next” in the session.',
].join('\n\n');

describe('transcript turns', () => {
  it('gives each turn to its label, resolved as a mention of the article\'s people', () => {
    const found = extractFromArticle(article(DIALOGUE)).findings.filter((f) => f.rule === 'transcript-turn' && f.kind === 'claim');
    expect(found.map((f) => [f.speaker, f.text])).toEqual([
      ['John Doe', 'The city released its budget on Friday. Take a look.'],
      ['Jane Roe', 'I think the whole state needs to work together on this.'],
      ['John Doe', 'Do you think the plan will pass the “tough” vote?'],
      ['Jane Roe', 'Well, we will see “what happens next” in the session.'],
    ]);
  });

  it('makes no transcript of a dateline or of one speaker alone', () => {
    const c = compile(en);
    expect(transcriptTurns(article('LONDON: The talks ended on Friday without a deal.\n\nThe ministers left the city.'), c).size).toBe(0);
    expect(transcriptTurns(article('ROE: One.\n\nROE: Two words.\n\nROE: Three words here.'), c).size).toBe(0);
    expect(transcriptTurns(article('Update: the talks ended.\n\nROE: One thing.\n\nDOE: Two things.'), c).size).toBe(0);
  });
});
