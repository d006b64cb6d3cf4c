// German capitalises every noun, so a role next to a name ("Jane Roe, Vorsitzende des Vereins")
// looks like a name too: the quote's speaker must be the name on either side of the comma.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extract } from './extract';

function quoteSpeakers(paragraph: string): Array<string | null> {
  const body = `<h1>Ein Bericht</h1><p>${paragraph}</p><p>Die Sitzung endete am Abend, ohne dass sich die Beteiligten weiter dazu äußerten.</p>`;
  const dom = new JSDOM(`<html lang="de"><head><title>Ein Bericht</title></head><body><article>${body}</article></body></html>`, { url: 'https://example.org/a' });
  return extract(dom.window.document, 'https://example.org/a').extraction.findings.filter((f) => f.kind === 'quote').map((f) => f.speaker);
}

describe('German role beside a name', () => {
  it('name, role and a colon: the name speaks', () => {
    expect(quoteSpeakers('Am Montag sagte Jane Roe, Vorsitzende des Vereins: „Wir werden den Plan im kommenden Jahr noch einmal versuchen.“')).toEqual(['Jane Roe']);
  });
  it('role, comma, name at the end: the name speaks', () => {
    expect(quoteSpeakers('„Wir werden den Plan im kommenden Jahr noch einmal versuchen“, sagte die Vorsitzende des Vereins, Jane Roe.')).toEqual(['Jane Roe']);
  });
});
