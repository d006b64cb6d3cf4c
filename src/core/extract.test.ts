// The engine's attribution rules on invented English paragraphs: cues before and after quotes,
// inversion, colons, participles, coreference (pronouns, titles, surnames), anonymous sources,
// organisations, continuation, scare quotes and claims. Names and sentences are made up.
import { describe, expect, it } from 'vitest';
import { findingsOf, findingWith } from './test-support';

const speakerOf = (paragraphs: string[], words: string) => findingWith(findingsOf(paragraphs), words).speaker;
/** The speaker and, apart from it, how the article describes them. */
const described = (f: { speaker: string | null; speakerDescription: string | null }) => [f.speaker, f.speakerDescription];

describe('quotes and their speakers', () => {
  it('reads a cue after the quote, in either order', () => {
    expect(speakerOf(['“We are ready,” said Maria Lopez.'], 'We are ready')).toBe('Maria Lopez');
    expect(speakerOf(['“We are ready,” Maria Lopez said.'], 'We are ready')).toBe('Maria Lopez');
  });

  it('reads a cue before the quote and a colon', () => {
    expect(speakerOf(['Maria Lopez warned that “the dam may fail”.'], 'the dam may fail')).toBe('Maria Lopez');
    expect(speakerOf(['Maria Lopez said: “The dam may fail.”'], 'The dam may fail')).toBe('Maria Lopez');
    expect(speakerOf(['Maria Lopez: “The dam may fail.”'], 'The dam may fail')).toBe('Maria Lopez');
  });

  it('resolves a pronoun, a surname and a title to the person introduced with them', () => {
    const paras = [
      'Harbour authority spokesman Tomas Berg told reporters that the port would stay open.',
      '“We are watching the weather,” he said.',
      '“Nothing is decided yet,” the harbour authority spokesman added.',
      'Berg stressed that “safety comes first”.',
    ];
    const all = findingsOf(paras);
    for (const words of ['We are watching', 'Nothing is decided', 'safety comes first']) expect(findingWith(all, words).speaker).toBe('Tomas Berg');
    expect(findingWith(all, 'the port would stay open', 'claim').speaker).toBe('Tomas Berg');
  });

  it('gives a quote with no cue to the last speaker only while nobody else has been named since', () => {
    const named = findingsOf([
      '“We lost the vote,” Jane Roe said after the meeting.',
      'Many accounts, including one by John Doe, date the vote to 1961. After the meeting, a question came from the floor: “Did you change the rules just slightly and see how different the result was?”',
    ]);
    expect(findingWith(named, 'Did you change').speaker).toBeNull();
    const alone = findingsOf([
      '“We lost the vote,” Jane Roe said after the meeting.',
      'Many accounts date the vote to 1961. After the meeting, a question came from the floor: “Did you change the rules just slightly and see how different the result was?”',
    ]);
    expect(findingWith(alone, 'Did you change').speaker).toBe('Jane Roe');
  });

  it('makes one entity of a given name alone and the full name, in either order, and of a surname after a connective', () => {
    const all = findingsOf([
      '“The pills were in her system,” her mother, Fiona, said in a statement.',
      'Fiona Parry issued a plea to others. “Do not buy them,” she said.',
      'Ellen Fetter arrived at the lab in 1961. Once Fetter had settled in, she took over. “He carried a lot in his head,” she said.',
      '“We never stopped,” Ellen Fetter said.',
    ]);
    const fiona = findingWith(all, 'The pills were');
    expect(fiona.speaker).toBe('Fiona Parry');
    expect(findingWith(all, 'Do not buy').speakerId).toBe(fiona.speakerId);
    const fetter = findingWith(all, 'He carried a lot');
    expect(fetter.speaker).toBe('Ellen Fetter');
    expect(findingWith(all, 'We never stopped').speakerId).toBe(fetter.speakerId);
  });

  it('reads "the 46-year-old" as the person just named, as a title is read', () => {
    const all = findingsOf(['Jane Roe took the stage after the vote.', '“He is, and always has been, an amazing leader,” said the 46-year-old.']);
    expect(findingWith(all, 'amazing leader').speaker).toBe('Jane Roe');
  });

  it('never lets a pronoun of a person point to a place', () => {
    const paras = [
      'My parents, John and Jane Roe, were teachers, and my mother was a nurse trained in Ashton.',
      'Once she mentioned the storm to me, and I laughed. She said, “Thank God the roof held.”',
    ];
    expect(findingWith(findingsOf(paras), 'Thank God').speaker).toBe('Jane Roe');
  });

  it('gives a participle the subject of its sentence', () => {
    const all = findingsOf(['Anna Kowal admitted that “the plan is late”, adding that the budget needs “a second look”.']);
    expect(findingWith(all, 'a second look').speaker).toBe('Anna Kowal');
  });

  it('lets a cue with no subject of its own go on with the speaker of its sentence', () => {
    const all = findingsOf(['“We are ready,” Ana Ruiz told the crowd before asking them, “Are you with us tonight, all of you?”']);
    expect(findingWith(all, 'Are you with us').speaker).toBe('Ana Ruiz');
  });

  it('skips an aside and keeps an apposition as the description', () => {
    expect(speakerOf(['Olaf Lind, for his part, stressed that “talks must go on”.'], 'talks must go on')).toBe('Olaf Lind');
    expect(described(findingWith(findingsOf(['“It is a good day,” said Olaf Lind, the head of the rowing club.']), 'It is a good day'))).toEqual(['Olaf Lind', 'the head of the rowing club']);
  });

  it('lets a cue-less quote paragraph keep the previous speaker', () => {
    const all = findingsOf(['“The first point is money,” said Petra Holm.', '“The second point is time, and we have little of either.”']);
    expect(findingWith(all, 'The second point').speaker).toBe('Petra Holm');
  });

  it('marks anonymous sources and organisations', () => {
    const all = findingsOf([
      'Unnamed officials told the paper that the deal was close.',
      'According to the Transport Ministry, “all trains will run”.',
    ]);
    const claim = findingWith(all, 'the deal was close', 'claim');
    expect(claim.speakerKind).toBe('anonymous');
    expect(claim.speaker).toMatch(/officials/);
    const quote = findingWith(all, 'all trains will run');
    expect(quote.speakerKind).toBe('organization');
    expect(quote.speaker).toMatch(/Transport Ministry/);
  });

  it('tells scare quotes from a cued partial quote', () => {
    const all = findingsOf(['The so-called “reform” was dropped.', 'Ines Varga warned against fuelling “panic” over it.']);
    expect(findingWith(all, 'reform').kind).toBe('scare');
    const partial = findingWith(all, 'panic');
    expect(partial.kind).toBe('quote');
    expect(partial.speaker).toBe('Ines Varga');
  });

  it('takes titles of works and shows for scare quotes, not speech', () => {
    expect(findingWith(findingsOf(['Lena Ostrova appeared on “Good Evening Harbour Town” on Monday.']), 'Good Evening').kind).toBe('scare');
  });
});

describe('claims', () => {
  it.each([
    ['X told Y that P', 'Mayor Ruth Quinn told residents that the bridge would reopen in May.', 'the bridge would reopen in May', 'Ruth Quinn'],
    ['according to X, P', 'According to the weather service, the storm will weaken overnight.', 'the storm will weaken overnight', 'weather service'],
    ['P, X said', 'The storm will weaken overnight, forecasters said.', 'The storm will weaken overnight', 'forecasters'],
    ['allegations that P', 'He rejected opposition allegations that the vote had been rigged.', 'the vote had been rigged', 'opposition'],
    ['cited X as claiming that P', 'Newspapers cited unnamed diplomats as claiming that the summit was off.', 'the summit was off', 'unnamed diplomats'],
  ])('%s', (_rule, sentence, content, source) => {
    const claim = findingWith(findingsOf([sentence]), content, 'claim');
    expect(claim.speaker ?? '').toContain(source);
  });
});

describe('selectors', () => {
  it('carries an exact span with its context and position', () => {
    const [f] = findingsOf(['Intro words here. “Enough is enough,” said Ada Brun.']).filter((x) => x.kind === 'quote');
    expect(f!.selector.exact).toBe('Enough is enough,');
    expect(f!.selector.prefix.endsWith('here. “')).toBe(true);
    expect(f!.selector.suffix.startsWith('” said Ada Brun.')).toBe(true);
    expect(f!.position.end - f!.position.start).toBe(f!.selector.exact.length);
  });

  it('gives the same ids on a second run', () => {
    const paras = ['“Enough is enough,” said Ada Brun.'];
    expect(findingsOf(paras).map((f) => f.id)).toEqual(findingsOf(paras).map((f) => f.id));
  });
});

describe('sources that are phrases', () => {
  it('takes a weak cue after the quote when it closes the clause, and goes on with that speaker', () => {
    const all = findingsOf(['“Is anyone listening to the farmers?” Lena Hart asked. “Nobody is.”']);
    expect(findingWith(all, 'Is anyone listening').speaker).toBe('Lena Hart');
    expect(findingWith(all, 'Nobody is').speaker).toBe('Lena Hart');
  });

  it('reads two titles joined by a conjunction as one description before the name', () => {
    expect(described(findingWith(findingsOf(['“The plan failed from the very first day,” said the former mayor and city attorney, Lena Hart.']), 'The plan failed'))).toEqual(['Lena Hart', 'the former mayor and city attorney']);
  });

  it('reads a body named with a preposition as one body, never a person named by its last words', () => {
    const all = findingsOf(['The Chamber of Commerce said the budget “sends the right signal” to business owners.', 'The Council on Foreign Relations said in a report that the deal would “change the region” for years.']);
    expect([findingWith(all, 'right signal').speaker, findingWith(all, 'right signal').speakerKind]).toEqual(['Chamber of Commerce', 'organization']);
    expect([findingWith(all, 'change the region').speaker, findingWith(all, 'change the region').speakerKind]).toEqual(['Council on Foreign Relations', 'organization']);
    // A title in it makes it someone's mention: the name speaks.
    expect(speakerOf(['The Council on Fair Trade Executive Director Lena Hart said: “We will appeal.”'], 'We will appeal')).toBe('Lena Hart');
  });

  it('makes no person of a capitalised modifier before the title it modifies', () => {
    // "Republican" in "the Florida senator and Republican presidential candidate" is nobody's name, so
    // "the Florida senator" later is not given to a person called "Republican".
    const all = findingsOf(['Sen. Lena Hart spoke first.', '“We will win the state,” the Florida senator and Republican presidential candidate said in a statement.', '“It is bad,” the Florida senator said.']);
    expect(findingWith(all, 'It is bad').speaker).toBe('Florida senator');
  });

  it('keeps an unnamed someone apart from the person named after a preposition', () => {
    expect(speakerOf(['“We will appeal,” a lawyer for Omar Vance said.'], 'We will appeal')).toBe('lawyer for Omar Vance');
    expect(speakerOf(['A spokesman for the mayor said the ruling was “a disgrace.”'], 'a disgrace')).toBe('spokesman for the mayor');
    expect(speakerOf(['“Why now?” a narrator in the new ad asks.'], 'Why now')).toBe('narrator in the new ad');
  });

  it('learns a description from the subject of a sentence, and cuts one too long to show at its first comma', () => {
    const all = findingsOf(['Lena Hart, the city’s fire chief, praised the crews.', '“We were lucky,” Hart said.']);
    expect(described(findingWith(all, 'We were lucky'))).toEqual(['Lena Hart', 'the city’s fire chief']);
    const long = 'a fellow at the Institute of Water who ran the Delta Agency, a body whose work faces strict limits because of a long reluctance among the member states to hand over any powers to the centre at all';
    expect(speakerOf([`“It will not hold,” said Omar Vance, ${long}.`], 'It will not hold')).toBe('Omar Vance');
    expect(findingWith(findingsOf([`“It will not hold,” said Omar Vance, ${long}.`]), 'It will not hold').speakerDescription).toBe('a fellow at the Institute of Water who ran the Delta Agency');
  });

  it('reads a plural cue word after a preposition and a modifier as a noun', () => {
    expect(speakerOf(['Lena Hart rated 40% of Green claims as “false” this year.'], 'false')).toBe('Lena Hart');
    expect(speakerOf(['Lena Hart says Omar Vance’s flurry of late-night posts was “reckless.”'], 'reckless')).toBe('Lena Hart');
  });

  it('gives “it” to the body that was the subject before, through a contraction too', () => {
    const all = findingsOf(['Omar Vance’s campaign is defending the posts. It’s denouncing what it calls “a smear.”']);
    expect(findingWith(all, 'a smear').speaker).toBe('Omar Vance’s campaign');
    expect(speakerOf(['The ministry issued a statement on Monday. It called the report “a fabrication.”'], 'a fabrication')).toBe('ministry');
  });

  it('reads a pronoun before a negated verb, an adverb and a comma, and a quantified group', () => {
    expect(speakerOf(['“We tried,” Lena Hart said. She didn’t name anyone. “Some things cannot be fixed in a week or a month.”'], 'Some things')).toBe('Lena Hart');
    expect(speakerOf(['Conversely, Lena Hart rated the claim as “entirely true.”'], 'entirely true')).toBe('Lena Hart');
    expect(speakerOf(['In May, several local groups sued the city, saying its plan was “a disaster.”'], 'a disaster')).toBe('several local groups');
  });

  it('keeps an affiliation after a name, and reads singing and chanting as speech', () => {
    expect(described(findingWith(findingsOf(['“We pray for calm,” said the Rev. Ada Brun, of the Harbour Street Chapel.']), 'We pray for calm'))).toEqual(['Ada Brun', 'of the Harbour Street Chapel']);
    expect(speakerOf(['“Stay with me tonight,” Ada Brun sings to the crowd.'], 'Stay with me')).toBe('Ada Brun');
    expect(findingWith(findingsOf(['Protesters marching past the hall chanted “No more cuts!” until dawn.']), 'No more cuts')).toMatchObject({ kind: 'quote', speaker: 'Protesters', mention: 'Protesters marching past the hall' });
  });

  it('knows the gender a common given name shows before any pronoun does', () => {
    const all = findingsOf(['Sen. Elizabeth Roe grilled bank chief Omar Vance, after he admitted the losses.', '“You should resign,” she said.']);
    expect(findingWith(all, 'You should resign').speaker).toBe('Elizabeth Roe');
  });

  it('gives “he” to the person a quote-free sentence reports, and keeps a description that opens with a noun', () => {
    const all = findingsOf([
      'Omar Vance, a fellow at the institute, said floods were rising.',
      'Prices could double within a decade, Mr. Brun said in his interview.',
      '“We are not ready,” he said.',
    ]);
    expect(findingWith(all, 'We are not ready').speaker).toBe('Brun');
    expect(described(findingWith(findingsOf(['Jo Anne Wilde, political science professor at Hill College, disagreed.', '“It is a bluff,” Wilde said.']), 'It is a bluff'))).toEqual(['Jo Anne Wilde', 'political science professor at Hill College']);
  });

  it('reads a demand as a quote cue but never as a claim, and keeps a possessor before a title apart', () => {
    expect(described(findingWith(findingsOf(['“Stay calm,” instructed Omar Vance, the district supervisor.']), 'Stay calm'))).toEqual(['Omar Vance', 'the district supervisor']);
    const all = findingsOf(['“Why is nobody in jail?” Lena Hart demanded.', 'Union leaders demanded that the plant stay open.']);
    expect(findingWith(all, 'Why is nobody in jail').speaker).toBe('Lena Hart');
    expect(all.filter((f) => f.kind === 'claim')).toEqual([]);
    expect(speakerOf(['Green candidate Omar Vance’s doctor is calling him “very fit.”'], 'very fit')).toBe('Green candidate Omar Vance’s doctor');
    // One person, one label: a given name, a surname written first, a part of a longer surname.
    expect(speakerOf(['Fiona Parry runs the shop.', '“It was hard,” Fiona said.'], 'It was hard')).toBe('Fiona Parry');
    expect(speakerOf(['Finance Minister Lou Jiwei spoke.', '“Growth will slow,” Lou said.'], 'Growth will slow')).toBe('Lou Jiwei');
    expect(speakerOf(['Union chief Lily Eskelsen García spoke.', '“We will strike,” Eskelsen García said.'], 'We will strike')).toBe('Lily Eskelsen García');
    expect(speakerOf(['Vice President Joseph R. Biden Jr. spoke.', '“We will win,” Biden said.'], 'We will win')).toBe('Joseph R. Biden Jr.');
    expect(speakerOf(['Democrat Dana Quill spoke on Monday.', '“We will win,” Quill said.'], 'We will win')).toBe('Dana Quill');
    // Two people who share the word: neither is guessed.
    expect(speakerOf(['Fiona Parry and Fiona Lake run the shop.', '“It was hard,” Fiona said.'], 'It was hard')).toBe('Fiona');
    // "the committee" is the named body just seen whose name holds the word; a body not so named stays the noun.
    expect(speakerOf(['The House Intelligence Committee released its report on Monday.', '“The findings are clear,” the committee said.'], 'findings are clear')).toBe('House Intelligence Committee');
    expect(speakerOf(['Acme Corp. reported a loss on Monday.', '“We are disappointed,” the company said.'], 'disappointed')).toBe('company');
    // Page chrome that opens a sentence ("Read more:") is no subject.
    expect(speakerOf(['Read more: “The crisis nobody saw coming” is our special report.'], 'crisis nobody')).toBeNull();
    // A possessor written with the apostrophe alone after its s is a possessor too, not the speaker.
    const jones = findingsOf(['Dana Jones spoke on Monday.', 'Later, Jones’ campaign called the plan a “total failure,” and Jones’ campaign manager said it was “a disgrace.”']);
    expect(findingWith(jones, 'total failure').speaker).toBe('Jones’ campaign');
    expect(findingWith(jones, 'a disgrace').speaker).toBe('Jones’ campaign manager');
  });

  it('reads a subject that opens with a modifier before its title, after an opening phrase', () => {
    const all = findingsOf([
      '“Every time you say that,” Sens. Omar Vance said.',
      'In a statement issued Tuesday, presidential nominee Dana Quill was more careful. Though she called the behaviour “outrageous,” she stopped there.',
    ]);
    expect(findingWith(all, 'Every time you say that').speaker).toBe('Omar Vance');
    expect(findingWith(all, 'outrageous').speaker).toBe('Dana Quill');
  });

  it('skips an aside that opens with a preposition, and reads dates with commas before the subject', () => {
    expect(speakerOf(['Mayor Dana Quill, at a later briefing, said, “We are safe.”'], 'We are safe')).toBe('Dana Quill');
    expect(speakerOf(['On July 6, 2015, Omar Vance made the following comment:', '“Rents have doubled in ten years.”'], 'Rents have doubled')).toBe('Omar Vance');
    expect(speakerOf(['Many people leave science not because their work isn’t valued, but because coding pays better in industry, said Ada Brun, an economist. “It hurts,” she said.'], 'It hurts')).toBe('Ada Brun');
  });

  it('gives “it” to a body that is the subject of the same sentence, and a name with an initial after its description', () => {
    expect(speakerOf(['The Harbour Council on Friday condemned what it called “a reckless act.”'], 'a reckless act')).toBe('Harbour Council');
    const all = findingsOf(['His former partner at Delta, Lena M. Hart, called him a genius. “He saw deals others missed.”']);
    expect(described(findingWith(all, 'He saw deals'))).toEqual(['Lena M. Hart', 'His former partner at Delta']);
  });

  it('attributes quotes in an opening participle phrase, after a possessor apposition, and after hailing or proclaiming', () => {
    expect(speakerOf(['Bemoaning the “rigged market,” Omar Vance left the room.'], 'rigged market')).toBe('Omar Vance');
    expect(speakerOf(['Bemoaning the “rigged market,” Omar Vance accused the board of bias, though a review of records suggests otherwise.'], 'rigged market')).toBe('Omar Vance');
    expect(described(findingWith(findingsOf(['Norland, Vestia’s only ally, said it was “firmly opposed” to the test.']), 'firmly opposed'))).toEqual(['Norland', 'Vestia’s only ally']);
    expect(findingWith(findingsOf(['In 1990, a Daily Star article hailed her as “The Comeback Queen” for the deal.']), 'The Comeback Queen').kind).toBe('quote');
  });

  it('takes the surname of the person in focus over a namesake named in passing, and no subject after a pronoun as its antecedent', () => {
    const all = findingsOf([
      'Senator Omar Vance spoke in Ohio. Vance said the race was close. Vance praised the crowd.',
      'He said his rival had attacked his wife, Dana Vance, in an advert.',
      '“I do not forgive that,” Vance said.',
      'While he acknowledged the debt was a burden under Ken Lund, Vance also noted “real gains.”',
    ]);
    expect(findingWith(all, 'I do not forgive').speaker).toBe('Omar Vance');
    expect(findingWith(all, 'the debt was a burden', 'claim').speaker).toBe('Omar Vance');
  });

  it('reads a nickname inside a name and a titled work as no one’s words', () => {
    const all = findingsOf(['“We are ready,” said state Del. Marcia “Cia” Quill (D-Ohio).', 'The spot, titled “Arrogant,” ran on Monday.']);
    expect(findingWith(all, 'Cia').kind).toBe('scare');
    expect(findingWith(all, 'We are ready').speaker).toContain('Quill');
    expect(findingWith(all, 'Arrogant').kind).toBe('scare');
  });

  it('gives a quote to the pronoun subject of the clause right before it', () => {
    expect(speakerOf(['Omar Vance spoke on Monday.', 'A few days ago in an interview he blasted the press for being “utterly dishonest.”'], 'utterly dishonest')).toBe('Omar Vance');
  });

  it('reads a long source after an exclaimed quote, and a relative named after a kin word as herself', () => {
    const all = findingsOf(['Omar Vance spoke first.', '“This is our year!” Vance’s niece, state Del. Ada “Addy” Brun (D-Ohio), shouted to the crowd. “They are watching.”']);
    expect(described(findingWith(all, 'This is our year'))).toEqual(['Ada “Addy” Brun', '(D-Ohio)']);
    expect(findingWith(all, 'They are watching').speakerId).toBe(findingWith(all, 'This is our year').speakerId);
  });

  it('hands on the subject of a sentence whose only quotes are scare quotes, with its tag and description', () => {
    const all = findingsOf([
      'Omar Vance said it was “bad.”',
      'On “Meet the Press,” Sen. Dana Quill (Vt.), who lost the primary to Vance, named fatigue as one reason. “The young are tired of it.”',
    ]);
    expect(described(findingWith(all, 'The young are tired'))).toEqual(['Dana Quill', 'who lost the primary to Vance']);
  });

  it('lets the cue after a quote frame it when the cue before sits inside the subject, and reads quantities as no names', () => {
    const all = findingsOf([
      'Omar Vance spoke on Monday.',
      'The four “gaps” he cited are “the right to carry losses forward for ever,” The Ledger reported.',
      'More than 100 people took part in a nationwide “walk-in” at schools.',
    ]);
    expect(findingWith(all, 'the right to carry losses').speaker).toBe('Ledger');
    expect(findingWith(all, 'walk-in').kind).toBe('scare');
  });

  it('reads “it” as a subject for a participle, and a body before “which” as the source', () => {
    const all = findingsOf(['The Harbour Gazette backed the mayor last year.', 'Meanwhile, it attacked her rival, saying he “has offended everyone.”']);
    expect(findingWith(all, 'has offended everyone').speaker).toBe('Harbour Gazette');
    expect(speakerOf(['They turned to the city police department which reported “2,521 incidents” this year.'], '2,521 incidents')).toBe('city police department');
  });

  it('reads a subject pronoun right before the verb as the whole subject, and “blasted” as a cue', () => {
    const all = findingsOf(['Omar Vance spoke in Ohio.', 'A few days ago in an interview with the Daily Star he blasted the press for being “utterly dishonest.”']);
    expect(findingWith(all, 'utterly dishonest')).toMatchObject({ speaker: 'Omar Vance', cue: 'blasted' });
  });

  it('gives a quote inside “X’s claim that …” to X', () => {
    expect(speakerOf(['The Fact Desk checked Omar Vance’s claim that there were “thousands of crimes” in the city.'], 'thousands of crimes')).toBe('Omar Vance');
  });

  it('keeps a body’s name whole over “on” and “and”, prefers the cue before when a clause parts the quote from the cue after, and reads a participle after “which”', () => {
    expect(speakerOf(['As the Joint Committee on Roads and Bridges has pointed out, it would be used “for any purpose at all”.'], 'for any purpose')).toBe('Joint Committee on Roads and Bridges');
    expect(findingWith(findingsOf(['Chief executive Omar Vance said in a memo that the “gap has become less relevant” as prices fell, the Daily Star reported this year.']), 'gap has become', 'quote').speaker).toBe('Omar Vance');
    expect(speakerOf(['The first comments came with a stern warning about rhetoric from the Green party, which tried to rally support by saying that voters were “coming out in droves.”'], 'coming out in droves')).toBe('Green party');
  });

  it('reads “the … notes of X” as a noun before “according to”, and “says of” as a verb', () => {
    expect(speakerOf(['There is a code — according to the explanatory notes of the Water Bill — “to protect sources”.'], 'to protect sources')).toBe('explanatory notes of the Water Bill');
    expect(speakerOf(['The businessman says of his rival, “She will sell the office.”'], 'She will sell')).toBe('businessman');
  });

  it('reads a noun in -ly after its article as a noun, not an adverb', () => {
    expect(speakerOf(['The family said the verdict was “long overdue.”'], 'long overdue')).toBe('family');
  });
});

describe('hostile text', () => {
  it('gives each of thousands of speakers sharing a surname their own quote', () => {
    const paragraph = Array.from({ length: 2000 }, (_, i) => `“Line ${i} here,” said Person${i} Samename.`).join(' ');
    const quotes = findingsOf([paragraph]).filter((f) => f.kind === 'quote');
    expect(quotes).toHaveLength(2000);
    expect(quotes[1234]!.speaker).toBe('Person1234 Samename');
  });

  it('reads a paragraph that is one enormous word, or thousands of abbreviations, without losing the quote', () => {
    expect(findingsOf(['a'.repeat(100_000) + ' said ' + 'B'.repeat(50_000)])).toEqual([]);
    expect(findingWith(findingsOf(['Mr. '.repeat(10_000) + 'Smith said “hello there”.']), 'hello there').kind).toBe('quote');
  });
});
