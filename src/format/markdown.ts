// Markdown export for notes apps: per article its title and link, the quotes grouped by
// speaker, the claims, then scare quotes and passages marked by hand, each with its tags and
// note. Everything from a page or the reader is escaped: no HTML, no emphasis or links of its
// own, and the only links written are http(s) article URLs.
import { correctionText } from './correction';
import type { AnnotationRecord } from '../shared/model';
import { compareStrings, groupByArticle, type ArticleGroup, type ExportBundle } from './bundle';
import { DEFAULT_CHUNK_SIZE, type ExportChunk } from './chunks';

const HTML_SPECIAL = /[&<>]/g;
const HTML_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/** ASCII punctuation with a meaning in CommonMark or GFM (emphasis, links, code, tables…). */
const MD_SPECIAL = /[\\`*_{}[\]()#+\-.!|~:$]/g;

/** Text on one line, shown as itself: HTML characters as entities, Markdown syntax escaped. */
export function escapeMarkdownInline(text: string): string {
  return text
    .replace(/[\r\n\t\f\v\u2028\u2029]+/g, ' ')
    // Spaces opening a line would make an indented code block; they mean nothing in the text.
    .replace(/^ +/, '')
    .replace(HTML_SPECIAL, (c) => HTML_ENTITY[c] ?? c)
    .replace(MD_SPECIAL, '\\$&');
}

/**
 * Text of several lines (a note) inside a list item: each line escaped, kept apart with hard
 * line breaks and indented under the item, blank lines dropped so the item does not end.
 */
export function escapeMarkdownBlock(text: string, indent: string): string {
  return text
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map((line) => escapeMarkdownInline(line).trim())
    .filter((line) => line !== '')
    .join(`\\\n${indent}`);
}

/** An http(s) URL, percent-encoded so it cannot end the link early; null for anything else. */
export function safeLinkUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.href.replace(/[()<>\s"'`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function dateOnly(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function itemLines(a: AnnotationRecord, withSpeaker: boolean): string {
  const speaker = withSpeaker && a.speaker !== null ? `**${escapeMarkdownInline(a.speaker)}**: ` : '';
  const text = a.kind === 'claim' || a.kind === 'manual' ? escapeMarkdownInline(a.text) : `“${escapeMarkdownInline(a.text)}”`;
  let line = `- ${speaker}${text}`;
  if (a.tags.length > 0) line += ` — tags: ${a.tags.map((t) => `\`${t}\``).join(', ')}`;
  if (a.note.trim() !== '') line += `\n  - Note: ${escapeMarkdownBlock(a.note, '    ')}`;
  // Only the names come from the page or the reader: they are escaped, the fixed words are not.
  const fix = correctionText(a, escapeMarkdownInline);
  if (fix !== '') line += `\n  - C${fix.slice(1)}`;
  return line;
}

function articleSection(group: ArticleGroup): string {
  const { article } = group;
  const title = escapeMarkdownInline(article.title.trim() === '' ? article.url : article.title);
  const href = safeLinkUrl(article.url);
  const lines: string[] = [`## ${title}`, ''];
  lines.push(href === null ? `Source: ${escapeMarkdownInline(article.url)}` : `Source: [${escapeMarkdownInline(article.site || article.url)}](${href})`);
  lines.push(`First read ${dateOnly(article.firstVisit)}, last read ${dateOnly(article.lastVisit)}.`, '');

  const quotes = group.annotations.filter((a) => a.kind === 'quote');
  const claims = group.annotations.filter((a) => a.kind === 'claim');
  const others = group.annotations.filter((a) => a.kind === 'scare' || a.kind === 'manual');
  if (quotes.length > 0) {
    lines.push('### Quotes', '');
    const bySpeaker = new Map<string, AnnotationRecord[]>();
    for (const q of quotes) {
      const key = q.speaker ?? '';
      const list = bySpeaker.get(key);
      if (list) list.push(q);
      else bySpeaker.set(key, [q]);
    }
    const speakers = [...bySpeaker.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : compareStrings(a, b)));
    for (const speaker of speakers) {
      lines.push(`#### ${speaker === '' ? 'Unattributed' : escapeMarkdownInline(speaker)}`, '');
      for (const q of bySpeaker.get(speaker) ?? []) lines.push(itemLines(q, false));
      lines.push('');
    }
  }
  if (claims.length > 0) {
    lines.push('### Claims', '');
    for (const c of claims) lines.push(itemLines(c, true));
    lines.push('');
  }
  if (others.length > 0) {
    lines.push('### Scare quotes and marked passages', '');
    for (const o of others) lines.push(itemLines(o, true));
    lines.push('');
  }
  if (group.annotations.length === 0) lines.push('No annotations.', '');
  return lines.join('\n') + '\n';
}

export interface MarkdownOptions {
  /** Epoch ms of the export, for the heading. */
  now?: number;
  chunkSize?: number;
}

export function* markdownChunks(bundle: ExportBundle, options: MarkdownOptions = {}): Generator<ExportChunk> {
  const size = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const when = options.now === undefined ? '' : ` (${dateOnly(options.now)})`;
  yield { text: `# Sourcelight annotations${when}\n\n`, done: 0 };
  let done = 0;
  let text = '';
  let pending = 0;
  for (const group of groupByArticle(bundle)) {
    text += articleSection(group);
    pending += group.annotations.length;
    if (pending >= size) {
      done += pending;
      yield { text, done };
      text = '';
      pending = 0;
    }
  }
  done += pending;
  if (text !== '' || pending > 0) yield { text, done };
}

export function formatMarkdown(bundle: ExportBundle, options: MarkdownOptions = {}): string {
  let out = '';
  for (const chunk of markdownChunks(bundle, options)) out += chunk.text;
  return out;
}
