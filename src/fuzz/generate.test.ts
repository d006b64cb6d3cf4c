// The fuzzer's own promises: the same seed and page number give the same page, every family
// makes pages, and the contract check finds a selector that is not the text at its position.
import { describe, expect, it } from 'vitest';
import { articleOf } from '../core/test-support';
import { extractFromArticle } from '../core/extract';
import { contractFaults } from './contract';
import { FAMILIES } from './families';
import { logLogSlope } from './growth';
import { Random } from './random';
import { generatePage } from './run';

describe('page generation', () => {
  it('is deterministic in the seed and the page number', () => {
    for (const i of [0, 1, 7, 123, 1999]) expect(generatePage(12, i, 'quick').html).toBe(generatePage(12, i, 'quick').html);
    expect(generatePage(12, 5, 'quick').html).not.toBe(generatePage(13, 5, 'quick').html);
  });

  it.each(Object.keys(FAMILIES))('the %s family makes a page of about the size asked for', (family) => {
    const html = FAMILIES[family]!(new Random(3), 5000);
    expect(html.length).toBeGreaterThan(1000);
  });
});

describe('contract check', () => {
  const article = articleOf(['“We will rebuild,” the mayor, Jane Roe, said on Tuesday after the council voted to reopen the harbour.']);
  const extraction = extractFromArticle(article);

  it('passes an extraction as the engine makes it', () => {
    expect(extraction.findings.length).toBeGreaterThan(0);
    expect(contractFaults(article, extraction)).toEqual([]);
  });

  it('finds a shifted position, a wrong prefix and a wrong suffix', () => {
    const f = extraction.findings[0]!;
    const broken = { ...extraction, findings: [{ ...f, position: { ...f.position, start: f.position.start + 1 } }, { ...f, selector: { ...f.selector, prefix: 'x', suffix: 'y' } }] };
    const faults = contractFaults(article, broken);
    expect(faults.some((s) => /finding 0: exact/.test(s))).toBe(true);
    expect(faults).toContain('finding 1: prefix is not the text before');
    expect(faults).toContain('finding 1: suffix is not the text after');
  });
});

describe('growth slope', () => {
  it('is 1 for linear time and 2 for quadratic', () => {
    const xs = [1, 2, 4, 8, 16, 32];
    expect(logLogSlope(xs.map((x) => ({ x, y: 3 * x })))).toBeCloseTo(1, 6);
    expect(logLogSlope(xs.map((x) => ({ x, y: x * x })))).toBeCloseTo(2, 6);
  });
});
