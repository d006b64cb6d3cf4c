import { describe, expect, it } from 'vitest';
import { findingAnnotationId, hash53 } from './stable-id';

const quote = { exact: 'we will see', prefix: 'the minister said: “', suffix: '”, before leaving' };

describe('findingAnnotationId', () => {
  it('gives the same id for the same article, kind and span', () => {
    const a = findingAnnotationId('https://example.org/a', 'quote', quote);
    const b = findingAnnotationId('https://example.org/a', 'quote', { ...quote });
    expect(a).toBe(b);
    expect(a).toMatch(/^auto-[0-9a-z]+$/);
  });

  it('changes with the article, the kind, and each part of the selector', () => {
    const base = findingAnnotationId('https://example.org/a', 'quote', quote);
    const others = [
      findingAnnotationId('https://example.org/b', 'quote', quote),
      findingAnnotationId('https://example.org/a', 'claim', quote),
      findingAnnotationId('https://example.org/a', 'quote', { ...quote, exact: 'we will not see' }),
      findingAnnotationId('https://example.org/a', 'quote', { ...quote, prefix: 'she said: “' }),
      findingAnnotationId('https://example.org/a', 'quote', { ...quote, suffix: '”.' }),
    ];
    expect(new Set([base, ...others]).size).toBe(others.length + 1);
  });

  it('does not let fields run into each other', () => {
    const a = findingAnnotationId('u', 'quote', { exact: 'ab', prefix: 'c', suffix: '' });
    const b = findingAnnotationId('u', 'quote', { exact: 'a', prefix: 'bc', suffix: '' });
    expect(a).not.toBe(b);
  });
});

describe('hash53', () => {
  it('is deterministic and fits in a safe integer', () => {
    expect(hash53('sourcelight')).toBe(hash53('sourcelight'));
    expect(hash53('sourcelight')).not.toBe(hash53('sourcelighT'));
    expect(Number.isSafeInteger(hash53('x'.repeat(10_000)))).toBe(true);
  });
});
