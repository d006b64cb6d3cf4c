// The claim rules, one construction at a time, on invented sentences: reported speech with and
// without "that", addressees and time phrases skipped, content before its cue, "according to",
// claim nouns, participles, and the shapes that must not become claims.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findClaims } from './claims';
import type { ClauseToken } from './clause';
import { extractFromArticle } from './extract';
import { compile } from './lexicon/compiled';
import { en } from './lexicon/en';
import { tokenize } from './tokens';
import type { Article } from './types';

const c = compile(en);

function tokensOf(sentence: string): ClauseToken[] {
  return tokenize(sentence, 0, sentence.length, en);
}

/** Claims of one sentence as text: content, source and cue. */
function claims(sentence: string): Array<{ text: string; source: string | null; cue: string }> {
  const tokens = tokensOf(sentence);
  return findClaims(tokens, c).map((m) => ({
    text: sentence.slice(tokens[m.content[0]]!.start, tokens[m.content[1] - 1]!.end),
    source: m.source ? sentence.slice(tokens[m.source[0]]!.start, tokens[m.source[1] - 1]!.end) : null,
    cue: m.cue.text,
  }));
}

function article(text: string): Article {
  const paragraphs: Article['paragraphs'] = [];
  let at = 0;
  for (const p of text.split('\n\n')) {
    paragraphs.push({ start: at, end: at + p.length, blockquote: false, heading: false });
    at += p.length + 2;
  }
  return { url: 'https://example.org/story', title: 'A story', byline: null, siteName: null, lang: 'en', text, paragraphs, inlineQuotes: [] };
}

/** Claim findings of a whole text, through the engine (speakers resolved). */
function claimFindings(text: string): Array<{ text: string; speaker: string | null }> {
  return extractFromArticle(article(text))
    .findings.filter((f) => f.kind === 'claim')
    .map((f) => ({ text: f.text, speaker: f.speaker }));
}

describe('reported clause after its cue', () => {
  it('reads "X said that P" and "X said P"', () => {
    expect(claims('The mayor said that the bridge would reopen next spring.')).toEqual([
      { text: 'the bridge would reopen next spring', source: 'The mayor', cue: 'said' },
    ]);
    expect(claims('The mayor said the bridge would reopen next spring.')).toEqual([
      { text: 'the bridge would reopen next spring', source: 'The mayor', cue: 'said' },
    ]);
  });

  it('reads a clause that opens with a pronoun', () => {
    expect(claims('Ms. Okafor said she plans to appeal the ruling next week.')).toEqual([
      { text: 'she plans to appeal the ruling next week', source: 'Ms. Okafor', cue: 'said' },
    ]);
  });

  it('skips time and setting phrases between the cue and the clause', () => {
    expect(claims('The ministry said Friday the talks had stalled over fishing rights.')[0]?.text).toBe('the talks had stalled over fishing rights');
    expect(claims('The council said in a statement the vote would go ahead as planned.')[0]?.text).toBe('the vote would go ahead as planned');
    expect(claims('The firm said in an interview with a local paper that sales had doubled.')[0]?.text).toBe('sales had doubled');
  });

  it('reads a share of those polled as the source ("six in 10 said")', () => {
    expect(claims('More than six in 10 said they were tired of the campaign.')).toEqual([{ text: 'they were tired of the campaign', source: 'More than six in 10', cue: 'said' }]);
    expect(claimFindings('Nearly eight in 10 Democratic voters said they had made up their minds.')).toEqual([{ text: 'they had made up their minds', speaker: 'Nearly eight in 10 Democratic voters' }]);
    expect(claimFindings('Six in 10 said they were tired of the campaign.')).toEqual([{ text: 'they were tired of the campaign', speaker: 'Six in 10' }]);
  });

  it('reads a number that ends the subject before a say-verb, not before a noun-like cue ("Those over 60 say", "18 states")', () => {
    expect(claims('Those over 60 say they feel that way by a wide margin.')[0]).toEqual({ text: 'they feel that way by a wide margin', source: 'Those over 60', cue: 'say' });
    expect(claims('In 18 states the race is close.')).toEqual([]);
  });

  it('ends a claim inside a relative aside where the main clause resumes', () => {
    expect(claims('The senator, who said he would campaign with her, ultimately did not show up.')[0]?.text).toBe('he would campaign with her');
    expect(claims('The senator, who said he would campaign with her, in person, did not show up.')[0]?.text).toBe('he would campaign with her, in person');
  });

  it('reads "P, according to X" where P holds a cue after a passive auxiliary ("are posted")', () => {
    expect(claims('Half of the troops are posted outside the region, according to the command.')[0]).toEqual({ text: 'Half of the troops are posted outside the region', source: 'the command', cue: 'according to' });
    expect(claims('Analysts said the troops would stay, according to the report.')).toEqual([{ text: 'the troops would stay', source: 'Analysts', cue: 'said' }]);
  });

  it('points a relative after an age and a place back to the name ("Jane Roe, 24, from Ashton, who said")', () => {
    expect(claims('The vote was close, said Jane Roe, 24, from Ashton, who said the plan was sound.').find((f) => f.text === 'the plan was sound')?.source).toBe('Jane Roe');
  });

  it('gives a participle with no cue before it the subject of its clause, past an opening adverbial', () => {
    expect(claims('At a rally in Ashton, Ohio, on Tuesday, Senator Jane Roe endorsed the mayor, saying that her rival would make a fine governor.')[0]).toEqual({ text: 'her rival would make a fine governor', source: 'Senator Jane Roe', cue: 'saying' });
  });

  it('gives "X released a statement saying P" to X, not to a phrase with the verb in it', () => {
    expect(claims('Minutes later, the campaign issued a statement saying that the rally was off.')[0]).toEqual({ text: 'the rally was off', source: 'the campaign', cue: 'saying' });
    expect(claims('Police released a statement saying the man was arrested.')[0]?.source).toBe('Police');
  });

  it('skips the addressee of "told"', () => {
    expect(claims('Officials told the newspaper the factory will close in June.')[0]?.text).toBe('the factory will close in June');
    expect(claims('The coach told Radio Nord on Sunday his team was ready for the final.')[0]?.text).toBe('his team was ready for the final');
    expect(claims('She told reporters that the report was incomplete.')[0]).toEqual({ text: 'the report was incomplete', source: 'She', cue: 'told reporters' });
  });

  it('ends the content before a new cue', () => {
    const found = claims('The engineer said the dam was safe, adding that repairs would start soon.');
    expect(found.map((f) => f.text)).toEqual(['the dam was safe', 'repairs would start soon']);
  });

  it('reads a content before its cue behind an opening phrase, not the phrase alone', () => {
    expect(claims('In all, the host committee raised $57 million, campaign records show.')).toEqual([
      { text: 'In all, the host committee raised $57 million', source: 'campaign records', cue: 'show' },
    ]);
    expect(claims('In July 2012, he predicted a landslide.')).toEqual([]);
  });

  it('ends the content where the reporter takes over again ("…, although he refused…")', () => {
    expect(claims('The minister said the plan was sound, although he refused to release the figures.')[0]?.text).toBe('the plan was sound');
  });

  it('gives a coordinated cue the subject of the first verb ("X announced … and said P")', () => {
    const found = claims('The police announced an arrest on Friday and said the curfew would continue through the weekend.');
    expect(found).toContainEqual({ text: 'the curfew would continue through the weekend', source: 'The police', cue: 'said' });
  });

  it('ends the content at a dash that opens a new attribution', () => {
    expect(claims('The mayor said the budget was tight \u2014 and she noted that the parks would stay open.')[0]?.text).toBe('the budget was tight');
  });

  it('looks past an opening time phrase for the subject of a participle', () => {
    expect(claims('In 1986, the court blocked the closure, citing a threat to public health.')[0]).toEqual({
      text: 'a threat to public health',
      source: 'the court',
      cue: 'citing',
    });
  });

  it('gives a participle the subject of its clause', () => {
    expect(claims('The senator spoke for an hour, saying the law had failed working families.')).toEqual([
      { text: 'the law had failed working families', source: 'The senator', cue: 'saying' },
    ]);
  });

  it('finds the cue after a long apposition', () => {
    const found = claims('Maria Lopez, the head of the regional water authority in the southern province, said the reservoirs were nearly empty.');
    expect(found).toEqual([{ text: 'the reservoirs were nearly empty', source: expect.stringContaining('Maria Lopez') as unknown as string, cue: 'said' }]);
  });

  it('lets weak cues report only with a complementizer', () => {
    expect(claims('A new survey found that most drivers ignore the limit.')[0]?.text).toBe('most drivers ignore the limit');
    expect(claims('The hikers found the lost dog near the old mill.')).toEqual([]);
  });
});

describe('reported clause before its cue', () => {
  it('reads "P, X said" and "P, said X, a title"', () => {
    expect(claims('The river has been polluted for years, residents said.')).toEqual([
      { text: 'The river has been polluted for years', source: 'residents', cue: 'said' },
    ]);
    const inverted = claims('The plan is far too expensive, said Tom Baker, a councillor from the northern district.');
    expect(inverted.map((f) => f.text)).toEqual(['The plan is far too expensive']);
    expect(inverted[0]?.source).toMatch(/^Tom Baker/);
  });

  it('runs on past the cue when the clause goes on: "P, X said, Q"', () => {
    expect(claims('The plan is far too expensive, Baker said, because the costs keep rising.')[0]?.text).toBe(
      'The plan is far too expensive, Baker said, because the costs keep rising',
    );
  });

  it('keeps typewriter quotation marks that the quote pairing leaves as text', () => {
    expect(claims("''We will rebuild the school before winter,'' the principal said.")[0]?.text).toBe("''We will rebuild the school before winter,''");
  });

  it('does not read an adverbial or a participle phrase as the content', () => {
    expect(claims('In the spring of last year, the mayor predicted.')).toEqual([]);
    expect(claims('Campaigning in the northern towns, she said.')).toEqual([]);
  });

  it('wants nothing but a short prepositional tail after the cue', () => {
    expect(claims('Sales are falling fast, the chief executive said in a note to staff.')[0]?.text).toBe('Sales are falling fast');
    expect(claims('Before the storm arrived, the captain explained the route to the crew.')).toEqual([]);
  });
});

describe('according to and claim nouns', () => {
  it('reads "according to X, P", "P, according to X" and "P1, according to X, P2"', () => {
    expect(claims('According to the ministry, exports fell by a third last year.')).toEqual([
      { text: 'exports fell by a third last year', source: 'the ministry', cue: 'According to' },
    ]);
    expect(claims('Exports fell by a third last year, according to the ministry.')[0]?.text).toBe('Exports fell by a third last year');
    expect(claims('Exports fell sharply, according to the ministry, because demand collapsed abroad.')[0]?.text).toBe(
      'Exports fell sharply, according to the ministry, because demand collapsed abroad',
    );
  });

  it('reads a phrase, then a name between commas, then the verb as the subject, never as a report', () => {
    expect(claims('The minister of health, Claire Martin, announced new measures on Monday.')).toEqual([]);
    // After a report and its comma, the description and the name are the source's.
    expect(claims('Facebook built the tool for times of crisis, a spokeswoman, Anna White, said.')[0]?.text).toMatch(/^Facebook built the tool for times of crisis/);
  });

  it('keeps an anonymous head with its marker, never the one it is close to', () => {
    expect(claims('People close to the president said he was furious about the leak.')[0]?.source).toBe('People close to the president');
    expect(claims('Officials familiar with the talks said the deal could be signed next week.')[0]?.source).toBe('Officials familiar with the talks');
    expect(claims('A U.S. law enforcement official familiar with the investigation said that charges were unlikely.')[0]?.source).toBe(
      'A U.S. law enforcement official familiar with the investigation',
    );
  });

  it('reads a title and then a name between commas as one source, never a body and a subject', () => {
    expect(claims('According to the company’s spokeswoman, Jane Roe, the plant will close next year.')).toEqual([
      { text: 'the plant will close next year', source: 'the company’s spokeswoman, Jane Roe', cue: 'According to' },
    ]);
    // "police" is a body, no title: the name after its comma is the claim's subject.
    expect(claims('According to police, John Smith, 45, was arrested after a chase.')[0]?.text).toBe('John Smith, 45, was arrested after a chase');
  });

  it('reads "allegations that P" with the owner as source', () => {
    expect(claims('The union repeated its allegations that managers had ignored safety warnings.')).toEqual([
      { text: 'managers had ignored safety warnings', source: 'The union', cue: 'allegations' },
    ]);
    expect(claims('Officials dismissed Rivera’s claim that the vote had been rigged.')[0]).toEqual({ text: 'the vote had been rigged', source: 'Rivera’s', cue: 'claim' });
    expect(claims('The claims that are listed in the appendix were rejected.')).toEqual([]);
  });
});

describe('what is not a claim', () => {
  it('leaves verbs with objects, prepositions and infinitives alone', () => {
    expect(claims('She said goodbye to her colleagues.')).toEqual([]);
    expect(claims('He warned residents against swimming in the lake.')).toEqual([]);
    expect(claims('The guard told them to leave the building at once.')).toEqual([]);
    expect(claims('The mayor said in a statement.')).toEqual([]);
  });

  it('leaves capitalised and noun uses of cue words alone', () => {
    expect(claims('The United States and its allies met in the capital to discuss trade.')).toEqual([]);
    expect(claims('Officials from 18 states met the former secretary of state in the capital.')).toEqual([]);
  });

  it('leaves a content that is mostly quotation to the quote', () => {
    const text = 'He said the plan was \u201ca disaster for everyone who depends on the port and its jobs\u201d.';
    expect(claimFindings(text)).toEqual([]);
  });
});

describe('more shapes of reported speech', () => {
  it('reads a cue with its own complementizer even when no subject is found', () => {
    const found = claims('Sens. Ann Lee (D), Raj Patel (D) and Tom Ray (R) all suggested that the agency had misled them.');
    expect(found.map((f) => f.text)).toEqual(['the agency had misled them']);
    expect(found[0]?.source).toContain('Ann Lee');
  });

  it('finds the subject before a time phrase ("The paper on Saturday reported")', () => {
    expect(claims('The Gazette on Saturday reported that the mill would close.')[0]?.source).toBe('The Gazette');
  });

  it('leaves a leading conjunction out of "But P, X said"', () => {
    expect(claims('But the new plan is still tilted toward the rich, the institute said.')[0]?.text).toBe('the new plan is still tilted toward the rich');
  });

  it('reads "P, X said in a report, and Q" as one content', () => {
    expect(claims('The middle fifth paid a tenth, the agency said in a June report, and the bottom fifth paid nothing.')[0]?.text).toBe(
      'The middle fifth paid a tenth, the agency said in a June report, and the bottom fifth paid nothing',
    );
  });

  it('reads a number word or indefinite as an inverted source', () => {
    expect(claims('The meeting went badly from the start, said one source in the room.')[0]?.source).toBe('one source');
  });

  it('leaves possessive, blocked, free-relative and noun uses of cue words alone', () => {
    expect(claims('The editor’s note was added to the column after the vote.')).toEqual([]);
    expect(claims('It is worth noting that the bridge was built in a single year.')).toEqual([]);
    expect(claims('Everything the mayor says is repeated by the local paper.')).toEqual([]);
    expect(claims('In the swing states, turnout is likely to be higher than last time.')).toEqual([]);
  });

  it('reads a clause whose subject pronoun follows a short phrase ("said after the vote he would…")', () => {
    expect(claims('The senator said after the vote he would resign in the spring.')[0]?.text).toBe('he would resign in the spring');
  });

  it('reads past a quoted show name in the addressee', () => {
    const tokens = tokensOf('She told the station’s Q that nobody doubted her plan.');
    // The quote placeholder stands where a quoted show name would be.
    const q = tokens.findIndex((t) => t.text === 'Q');
    tokens[q] = { ...tokens[q]!, word: false, quote: 0 };
    expect(findClaims(tokens, c).map((m) => m.content[0])).toEqual([q + 2]);
  });

  it('takes "according to a report by X" whole as the source', () => {
    expect(claims('According to a new report by the Tribune, party leaders are trying to raise more money.')[0]).toEqual({
      text: 'party leaders are trying to raise more money',
      source: 'a new report by the Tribune',
      cue: 'According to',
    });
  });

  it('takes two sources joined by a coordinator at the opening of the sentence as one source', () => {
    expect(claims('Democrats and civil rights groups said the law had failed working families.')[0]?.source).toBe('Democrats and civil rights groups');
    // An object and a new subject are no pair of sources; two titles of one person are not joined as two.
    expect(claims('The senator met the governor and officials said the deal had collapsed.')[0]?.source).toBe('officials');
    expect(claims('The former senator and current nominee said the deal had collapsed.')[0]?.source).toBe('current nominee');
  });

  it('takes a long "according to" phrase whole, up to its comma', () => {
    expect(claims('According to early results of exit polls conducted for the networks by a research firm, most voters feel let down by the government.')[0]).toEqual({
      text: 'most voters feel let down by the government',
      source: 'early results of exit polls conducted for the networks by a research firm',
      cue: 'According to',
    });
  });

  it('reads a cue word with nothing after it before "according to" as no report of its own', () => {
    expect(claims('The campaign has booked airtime in four Super Tuesday states, according to media buying sources.')[0]).toEqual({
      text: 'The campaign has booked airtime in four Super Tuesday states',
      source: 'media buying sources',
      cue: 'according to',
    });
  });

  it('reads the evidence of "cited X" and ", citing X" as the claim, given to the subject', () => {
    const found = claims('Analysts said the region has grown in importance, citing its long border with two powers.');
    expect(found).toEqual([
      { text: 'the region has grown in importance', source: 'Analysts', cue: 'said' },
      { text: 'its long border with two powers', source: 'Analysts', cue: 'citing' },
    ]);
    expect(claims('The mayor cited the falling crime figures at the meeting.')[0]).toEqual({ text: 'the falling crime figures at the meeting', source: 'The mayor', cue: 'cited' });
    expect(claims('Citing a new internal poll, the campaign said the race was tied.').map((f) => [f.text, f.source])).toEqual([
      ['a new internal poll', 'the campaign'],
      ['the race was tied', 'the campaign'],
    ]);
  });

  it('reads what "X reported" as its object, and leaves "reported that P" and "…, X reported" to reported speech', () => {
    expect(claims('The company reported a profit of $1.78 per share, well above forecasts.')[0]).toEqual({ text: 'a profit of $1.78 per share, well above forecasts', source: 'The company', cue: 'reported' });
    expect(claims('The paper reported that the deal was off.')[0]).toEqual({ text: 'the deal was off', source: 'The paper', cue: 'reported' });
    expect(claims('The deal was off by the end of the week, the paper reported.')[0]).toEqual({ text: 'The deal was off by the end of the week', source: 'the paper', cue: 'reported' });
    expect(claims('A neighbour found the posting and reported it to the police.')).toEqual([]);
  });

  it('leaves "cited X as saying that P" to the cue after "as"', () => {
    expect(claims('The paper cited two officials as saying that the deal was off.')).toEqual([
      { text: 'the deal was off', source: 'two officials', cue: 'saying' },
    ]);
  });

  it('skips an object pronoun after "told" and a bracketed aside after an inverted source', () => {
    expect(claims("She told me, ''We are only a supplier of parts.''")[0]?.text).toBe("''We are only a supplier of parts");
    expect(claims("''The tax is a misguided approach,'' said Mr. Ortiz (a view shared by most experts).")[0]?.text).toBe("''The tax is a misguided approach,''");
    expect(claims("''The sooner he pays, the better,'' Mr. Ortiz told a radio station in August.")[0]?.text).toBe("''The sooner he pays, the better,''");
  });

  it('reads "\'\'A,\'\' he said, \'\'B\'\'" as one content, and an addressee that ends in a common noun', () => {
    expect(claims("''We will walk away happier,'' he said, ''and prouder of this town.''")[0]?.text).toBe(
      "''We will walk away happier,'' he said, ''and prouder of this town",
    );
    expect(claims("''I cannot stay in a company that lies to its clients,'' Ms. Vale told the Radio Nord audience.")[0]?.text).toBe(
      "''I cannot stay in a company that lies to its clients,''",
    );
  });

  it('gives the cue of a relative clause the noun phrase before "who"', () => {
    expect(claims('The panel heard from an architect who said he was never paid for the design.')[0]).toEqual({
      text: 'he was never paid for the design',
      source: 'an architect',
      cue: 'said',
    });
  });

  it('leaves a dateline out of a content before its cue', () => {
    expect(claims('PARIS \u2014 The talks will resume next week, officials said.')[0]?.text).toBe('The talks will resume next week');
  });

  it('reads no clause in "telling them what to do"', () => {
    expect(claims('The envoy kept telling them what to do.')).toEqual([]);
  });

  it('ends a claim noun inside an opening phrase at its comma', () => {
    expect(claims('Contrary to his claim that voters would learn nothing, the records hold much of interest.')[0]?.text).toBe('voters would learn nothing');
  });

  it('ends at a concessive only when a clause follows it', () => {
    expect(claims('The mayor said the story was one of loss, but also of hope and of renewal.')[0]?.text).toBe('the story was one of loss, but also of hope and of renewal');
  });

  it('reads "X added: P" after a colon', () => {
    expect(claims('The governor added: the budget will be balanced by spring.')[0]).toEqual({
      text: 'the budget will be balanced by spring',
      source: 'The governor',
      cue: 'added',
    });
  });
});

describe('claims that run on over sentences', () => {
  it('carries typewriter-quoted words over the next sentences until the marks close', () => {
    const text = "''The plan is sound,'' the engineer said. ''It will hold for decades. Nobody doubts that.'' The council met on Monday.";
    const found = claimFindings(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.text).toBe("''The plan is sound,'' the engineer said. ''It will hold for decades. Nobody doubts that.''");
  });

  it('carries them over a sentence whose only cue word stands inside the marks', () => {
    const text = "''We have given a great deal,'' the curator said. ''It is a story that is not told as it should be.'' The council met on Monday.";
    expect(claimFindings(text).map((f) => f.text)).toEqual(["''We have given a great deal,'' the curator said. ''It is a story that is not told as it should be.''"]);
  });

  it('reads words in typewriter marks before "X said" as a claim whatever opens them, up to where the marks close', () => {
    expect(claims("''To bring them here is a suspension of reason,'' Mr. Ortiz said.")[0]?.text).toBe("''To bring them here is a suspension of reason,''");
    expect(claims("''There's always resistance,'' said Mr. Ortiz, who bought the farm ten years ago.")[0]?.text).toBe("''There's always resistance,''");
    expect(claims("''It is good that my voice is low,'' he said, opening a soda as he sat on a couch in his office.")[0]?.text).toBe("''It is good that my voice is low,''");
  });

  it('carries the words after "X added:" to the paragraph end, not past a sentence with its own cue', () => {
    const text = 'Mayor Ruth Olsen added: the budget is tight. Every department must save. Her deputy said the parks would stay open.';
    const found = claimFindings(text);
    expect(found.map((f) => f.text)).toEqual(['the budget is tight. Every department must save.', 'the parks would stay open']);
  });
});

describe('speakers through the engine', () => {
  it('resolves a pronoun subject to the person named before', () => {
    const text = 'Anna Berg, the town’s mayor, opened the new library on Monday.\n\nShe said the building would also house a youth centre.';
    expect(claimFindings(text)).toEqual([{ text: 'the building would also house a youth centre', speaker: 'Anna Berg' }]);
  });

  it('gives a participle claim to the subject of the sentence', () => {
    const text = 'Senator Paul Ardent spoke for an hour, saying the law had failed working families.';
    expect(claimFindings(text)).toEqual([{ text: 'the law had failed working families', speaker: 'Paul Ardent' }]);
  });
});

describe('robustness', () => {
  it('keeps every content within a bounded window on a huge run-on sentence', () => {
    const sentence = Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? 'officials said' : 'the plan failed again')).join(' ') + '.';
    const tokens = tokensOf(sentence);
    const found = findClaims(tokens, c);
    expect(found.length).toBeGreaterThan(100);
    for (const m of found) expect(m.content[1] - m.content[0]).toBeLessThanOrEqual(160);
  });

  const vocabulary = ['said', 'the', 'plan', 'that', ',', 'told', 'according', 'to', 'X', 'allegations', 'he', 'Mr.', 'Smith', 'failed', '.', "''", 'saying', 'in', 'a', 'statement'];
  it('returns contents inside the sentence, with words, on any token soup', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary), { maxLength: 60 }), (words) => {
        const sentence = words.join(' ');
        const tokens = tokensOf(sentence);
        for (const m of findClaims(tokens, c)) {
          expect(m.content[0]).toBeGreaterThanOrEqual(0);
          expect(m.content[1]).toBeLessThanOrEqual(tokens.length);
          expect(m.content[1]).toBeGreaterThan(m.content[0]);
          expect(tokens.slice(m.content[0], m.content[1]).filter((t) => t.word).length).toBeGreaterThanOrEqual(3);
          if (m.source) expect(m.source[1]).toBeLessThanOrEqual(tokens.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('a time after the source', () => {
  it('ends the source before it ("a poll released Monday" is the poll)', () => {
    expect(claimFindings('A Gallup poll released Monday showed that the mayor was well ahead of the field.')[0]?.speaker).toBe('Gallup poll');
    expect(claimFindings('The Acme Party this week announced that it would contest every seat in the region.')[0]?.speaker).toBe('Acme Party');
  });

  it('leaves a phrase that opens with its time whole, and so no source', () => {
    expect(claimFindings('Tuesday night showed that the race was far from over in the state.')[0]?.speaker ?? null).toBeNull();
  });
});

describe('an accusation', () => {
  it('reports its object and the charge ("accused X of P", "charged X with P")', () => {
    expect(claims('The senator accused Republicans of placing the interests of the lobby ahead of children.')).toEqual([
      { text: 'Republicans of placing the interests of the lobby ahead of children', source: 'The senator', cue: 'accused' },
    ]);
    expect(claims('Police charged the swimmer with filing a false report over the incident.')[0]?.text).toBe('the swimmer with filing a false report over the incident');
  });

  it('reports nothing in the passive, where no object stands between verb and charge', () => {
    expect(claims('He was charged with murder last year.')).toEqual([]);
  });
});

describe('a document as the subject of a noun-like cue', () => {
  it('reads "the analysis shows" as a report, and names no one for its capitalised adjective', () => {
    expect(claims('Early analysis shows that the polls missed the results because they were too early.')[0]?.text).toBe('the polls missed the results because they were too early');
    expect(claimFindings('Early analysis shows that the polls missed the results because they were too early.')[0]?.speaker).toBe('Early analysis');
  });
});
