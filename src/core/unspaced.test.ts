// Unspaced writing: the segmenter's cuts corrected against the lexicon, names found by middle
// dots, titles and their place before a speech verb, and bracketed glosses. Invented sentences.
import { describe, expect, it } from 'vitest';
import { compile } from './lexicon/compiled';
import { zh } from './lexicon/zh';
import type { Token } from './tokens';
import { tokenize } from './tokens';
import { glossBefore, tokensOfCuts, unspacedNames, unspacedSubject, unspacedTokens, type Cut } from './unspaced';

const c = compile(zh);
const words = (s: string): string[] => unspacedTokens(s, 0, s.length, zh).map((t) => t.text);
const tokens = (s: string): Token[] => tokenize(s, 0, s.length, zh);
const names = (s: string): string[] => unspacedNames(tokens(s), c).map((n) => n.name.map((t) => t.text).join('·'));

describe('unspacedTokens', () => {
  it('keeps a title whole where the segmenter cuts it, and the verb after it', () => {
    expect(words('外交部发言人称')).toEqual(expect.arrayContaining(['发言人', '称']));
    expect(words('新闻发言人表示')).toEqual(expect.arrayContaining(['新闻发言人', '表示']));
  });

  it('keeps multi-character cues whole ("补充说", "消息人士")', () => {
    expect(words('王伟补充说')).toContain('补充说');
    expect(words('消息人士透露')).toEqual(expect.arrayContaining(['消息人士', '透露']));
  });

  it('cuts a segment made of two lexicon words ("他说" → 他 | 说)', () => {
    const w = words('他说：');
    expect(w).toContain('他');
    expect(w).toContain('说');
  });

  it('leaves a word alone that merely starts with a cue character ("说明书", "小说")', () => {
    expect(words('这是说明书')).not.toContain('说');
    expect(words('他写小说')).not.toContain('说');
  });

  it('keeps offsets exact and covers every non-space character once', () => {
    const s = '据新华社报道，外交部发言人王伟表示：“会谈很有成果。”';
    const ts = unspacedTokens(s, 0, s.length, zh);
    for (const t of ts) if (t.word) expect(s.slice(t.start, t.end)).toBe(t.text);
    expect(ts.map((t) => s.slice(t.start, t.end)).join('')).toBe(s.replace(/\s/g, ''));
    for (let i = 1; i < ts.length; i++) expect(ts[i]!.start).toBeGreaterThanOrEqual(ts[i - 1]!.end);
  });

  it('gives the same tokens whichever way a browser cuts ("书|中|表示" in V8, "书|中表|示" in Firefox)', () => {
    // Segments written with | as the two segmenters give them (invented sentence).
    const cuts = (segmented: string): Cut[] => {
      const out: Cut[] = [];
      let at = 0;
      for (const piece of segmented.split('|')) out.push({ start: at, end: (at += piece.length) });
      return out;
    };
    const v8 = '他|在|书|中|表示|，|第|一种|办法|更|好|。';
    const gecko = '他|在|书|中表|示|，|第一|种|办法|更|好|。';
    const text = v8.replaceAll('|', '');
    const words = (segmented: string) => tokensOfCuts(text, 0, cuts(segmented), zh).map((t) => t.text);
    expect(words(gecko)).toContain('表示');
    expect(words(gecko).slice(0, 5)).toEqual(words(v8).slice(0, 5));
  });

  it('cuts no word around a lexicon word the segmenter keeps inside one segment ("小说")', () => {
    const text = '他写小说。';
    expect(tokensOfCuts(text, 0, [{ start: 0, end: 1 }, { start: 1, end: 2 }, { start: 2, end: 4 }, { start: 4, end: 5 }], zh).map((t) => t.text))
      .toEqual(['他', '写', '小说', '.']);
  });

  it('works on a slice of a longer text (offsets are offsets in the text)', () => {
    const s = 'xx王伟表示yy';
    const ts = unspacedTokens(s, 2, 6, zh);
    expect(ts[0]!.start).toBe(2);
    expect(ts[ts.length - 1]!.end).toBe(6);
  });
});

describe('unspacedNames', () => {
  it('joins the parts of a transliterated name around a middle dot', () => {
    expect(names('所长玛丽·琼斯认为')).toContain('玛丽·琼斯');
  });

  it('stops a name part at a title or a function word', () => {
    expect(names('像玛丽·琼斯这样的专家')).toEqual(['玛丽·琼斯']);
  });

  it('finds the name after a title when it ends the phrase', () => {
    const found = unspacedNames(tokens('外交部发言人王伟'), c);
    expect(found.map((n) => n.name.map((t) => t.text).join(''))).toEqual(['王伟']);
    expect(found[0]!.titles.map((t) => t.text)).toContain('发言人');
  });

  it('finds a subject right before a speech verb, particles between allowed', () => {
    expect(names('王伟也表示，会谈很有成果')).toContain('王伟');
  });

  it('does not take a one-word noun before a weak cue for a name ("研究表明")', () => {
    expect(names('研究表明，睡眠很重要')).toEqual([]);
  });

  it('takes no pronoun, title or body for a name', () => {
    expect(names('他说')).toEqual([]);
    expect(names('发言人')).toEqual([]);
    expect(names('外交部')).toEqual([]);
  });
});

describe('full-width punctuation', () => {
  it('compares as its ASCII twin, offsets on the page character', () => {
    const s = '王伟表示，会谈（第一轮）结束了。';
    const ts = unspacedTokens(s, 0, s.length, zh);
    const comma = ts.find((t) => t.start === s.indexOf('，'))!;
    expect(comma.text).toBe(',');
    expect(comma.end - comma.start).toBe(1);
    expect(ts.map((t) => t.text).filter((x) => !/\p{L}/u.test(x))).toEqual([',', '(', ')', '.']);
  });
});

describe('glossBefore', () => {
  it('finds the bracket that opens a Latin gloss right before an index', () => {
    for (const s of ['王伟（Wang Wei）表示', '王伟(Wang Wei)表示']) {
      const ts = tokens(s);
      const verb = ts.findIndex((t) => t.text === '表示');
      expect(ts[glossBefore(ts, verb)]!.text).toMatch(/^[(（]$/);
    }
  });

  it('is -1 when no bracket closes right there', () => {
    const ts = tokens('王伟表示');
    expect(glossBefore(ts, ts.length - 1)).toBe(-1);
    expect(glossBefore(ts, 0)).toBe(-1);
  });
});

describe('unspacedSubject', () => {
  const subject = (s: string): string | null => {
    const ts = tokens(s);
    const r = unspacedSubject(ts, ts.length, c);
    return r ? ts.slice(r[0], r[1]).map((t) => t.text).join('') : null;
  };

  it('is the name or pronoun that opens a sentence before its speech verb', () => {
    expect(subject('王伟认为，会谈很有成果。')).toBe('王伟');
    expect(subject('然而，王伟也指出，问题仍然存在。')).toBe('王伟');
    expect(subject('他认为这不公平。')).toBe('他');
  });

  it('is nothing when no speech verb follows, or a lone noun stands before a weak cue', () => {
    expect(subject('为什么不能这样做？')).toBeNull();
    expect(subject('研究表明，睡眠很重要。')).toBeNull();
  });
});
