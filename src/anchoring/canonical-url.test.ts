import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { canonicalUrl, sameSite } from './canonical-url';

function urlOf(head: string, location: string): string {
  const dom = new JSDOM(`<!doctype html><head>${head}</head><body><p>x</p></body>`, { url: 'https://example.org/' });
  try {
    return canonicalUrl(dom.window.document, location);
  } finally {
    dom.window.close();
  }
}

describe('canonicalUrl', () => {
  it('prefers the canonical link, resolved against the page address', () => {
    expect(urlOf('<link rel="canonical" href="/news/story-1">', 'https://www.example.org/amp/story-1?utm_source=x')).toBe(
      'https://www.example.org/news/story-1',
    );
  });

  it('falls back to og:url, then to the location', () => {
    expect(urlOf('<meta property="og:url" content="https://example.org/a">', 'https://m.example.org/a?x=1')).toBe('https://example.org/a');
    expect(urlOf('', 'https://Example.ORG/a?b=2&a=1#top')).toBe('https://example.org/a?a=1&b=2');
  });

  it('strips tracking parameters and the fragment, keeps the others in a stable order', () => {
    const url = urlOf('', 'https://example.org/a?utm_source=t&id=7&fbclid=abc&gclid=1&mc_cid=2&mc_eid=3&ref=home&ref_src=tw&page=2&id=3#c');
    expect(url).toBe('https://example.org/a?id=7&id=3&page=2');
  });

  it('refuses a canonical on another site or with another scheme', () => {
    expect(urlOf('<link rel="canonical" href="https://other.example/story">', 'https://example.org/story')).toBe('https://example.org/story');
    expect(urlOf('<link rel="canonical" href="javascript:alert(1)">', 'https://example.org/s')).toBe('https://example.org/s');
    expect(urlOf('<link rel="canonical" href="https://example.org.evil.example/s">', 'https://example.org/s')).toBe('https://example.org/s');
  });

  it('takes the next candidate when the first is unusable', () => {
    expect(urlOf('<link rel="canonical" href="http://[bad"><meta property="og:url" content="/ok">', 'https://example.org/x')).toBe(
      'https://example.org/ok',
    );
  });

  it('leaves non-web addresses alone except for the fragment', () => {
    expect(urlOf('', 'file:///tmp/page.html#x')).toBe('file:///tmp/page.html');
  });
});

describe('sameSite', () => {
  it('accepts subdomains either way and rejects look-alikes', () => {
    expect(sameSite('www.example.org', 'm.example.org')).toBe(true);
    expect(sameSite('example.org', 'm.example.org')).toBe(true);
    expect(sameSite('www.example.org', 'example.org')).toBe(true);
    expect(sameSite('news.example.org', 'example.org')).toBe(true);
    expect(sameSite('badexample.org', 'example.org')).toBe(false);
    expect(sameSite('example.org', 'org')).toBe(false);
  });
});
