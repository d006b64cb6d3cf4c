// The CLI as a user runs it (dist/cli.js, built by `npm test` before the suite): the contract's
// JSON on stdout, each export format, and one clear line on stderr with a non-zero exit for a
// missing file, binary junk, a page with no article, and a bad option.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { READ_DEPTH } from '../../src/core/article';

const seed = resolve(process.cwd(), '..', 'shared', 'corpus', 'seed', 'article.html');
const dir = mkdtempSync(join(tmpdir(), 'sourcelight-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('cli extract', () => {
  it('prints the extraction contract for a page', () => {
    const r = cli('extract', seed, '--url', 'https://example.org/kremlin');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { url: string; lang: string; findings: Array<Record<string, unknown>> };
    expect(json.url).toBe('https://example.org/kremlin');
    expect(json.lang).toBe('en');
    expect(json.findings.length).toBeGreaterThan(17);
    for (const f of json.findings) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(['kind', 'text', 'speaker', 'speakerKind', 'cue', 'partial', 'selector']));
    }
  });

  it.each([
    ['json', (s: string) => expect(JSON.parse(s)).toHaveProperty('annotations')],
    ['w3c', (s: string) => expect(JSON.parse(s)).toHaveProperty('type', 'AnnotationCollection')],
    ['csv', (s: string) => expect(s.split('\n')[0]).toContain('speaker')],
    ['md', (s: string) => expect(s).toContain('Dmitry Peskov')],
  ])('exports as %s', (format, check) => {
    const r = cli('extract', seed, '--url', 'https://example.org/kremlin', '--format', format);
    expect(r.code).toBe(0);
    check(r.out);
  });

  it.each([
    ['a missing file', () => [join(dir, 'nope.html')], /no such file/],
    ['binary junk', () => [write('junk.html', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)))], /binary/],
    ['a page with no article', () => [write('empty.html', '<html><body><nav><a href="/">Home</a></nav></body></html>')], /no article/],
  ])('refuses %s with one clear line', (_what, files, message) => {
    const r = cli('extract', ...files(), '--url', 'https://example.org/');
    expect(r.code).not.toBe(0);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(message);
  });

  it('--explain shows for each finding the rule and the sieves it weighed; one id per speaker', () => {
    const r = cli('extract', seed, '--url', 'https://example.org/kremlin', '--explain');
    expect(r.code).toBe(0);
    type F = { kind: string; speaker: string | null; speakerId: string | null; speakerDescription: string | null; rule: string; explain: { candidates: Array<{ rule: string }>; confidence: number } };
    const { findings } = JSON.parse(r.out) as { findings: F[] };
    const ids = new Map<string, string | null>();
    for (const f of findings) {
      expect(typeof f.rule).toBe('string');
      expect(Array.isArray(f.explain.candidates)).toBe(true);
      if (f.kind !== 'claim') expect(f.explain.candidates.at(-1)?.rule).toBe(f.rule.split('/')[0]);
      if (f.speakerId) {
        expect(ids.get(f.speakerId) ?? f.speaker).toBe(f.speaker); // one name per id
        ids.set(f.speakerId, f.speaker);
        expect(f.speaker).not.toMatch(/,/);
      }
    }
    expect([...ids.values()]).toContain('Dmitry Peskov');
    expect([...ids.values()]).toContain('Dmitry Polyanskiy');
    expect(cli('extract', seed, '--explain', '--format', 'csv').code).toBe(2);
  });

  it('names the file and the reason on one line: `sourcelight: cannot read PAGE: …`', () => {
    const missing = join(dir, 'gone.html');
    const r = cli('extract', missing);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`sourcelight: cannot read ${missing}: no such file\n`);
  });

  it.each([
    ['--url without a value', ['extract', seed, '--url'], /--url needs a value/],
    ['--url followed by another option', ['extract', seed, '--url', '--format', 'md'], /--url needs a value/],
    ['a URL that is not a web address', ['extract', seed, '--url', 'javascript:alert(1)'], /not a web address/],
    ['two pages without --jsonl', ['extract', seed, seed], /one page at a time/],
    ['no page', ['extract'], /no page given/],
  ])('refuses %s as a usage error (exit 2)', (_what, args, message) => {
    const r = cli(...args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(message);
  });

  it('reads a page with a doctype jsdom cannot clone', () => {
    const page = write('doctype.html', `<!DOCTYPE html!><html><body><article><p>${'“We will rebuild the harbour,” the mayor, Jane Roe, told reporters on Tuesday. '.repeat(4)}</p></article></body></html>`);
    const r = cli('extract', page);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { findings: unknown[] }).findings.length).toBeGreaterThan(0);
  });

  it('reads a page nested 12,000 levels deep up to the bound, and says so', () => {
    const depth = 12_000;
    const prose = '<p>“We will rebuild the harbour,” the mayor, Jane Roe, told reporters on Tuesday after the vote of the council.</p>';
    const page = write('deep.html', `<html><body>${'<div>'.repeat(depth)}${prose}${'</div>'.repeat(depth)}</body></html>`);
    const r = cli('extract', page);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { findings: Array<{ text: string }>; reading: { depthLimit: number } };
    expect(json.reading.depthLimit).toBe(READ_DEPTH);
    expect(json.findings.map((f) => f.text)).toContain('We will rebuild the harbour,');
  });

  it('--jsonl reads files and folders in one process: one extraction per line, one line per failure', () => {
    const folder = join(dir, 'pages');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    copyFileSync(seed, join(folder, 'a.html'));
    copyFileSync(seed, join(folder, 'sub', 'b.html'));
    writeFileSync(join(folder, 'notes.txt'), 'not a page');
    const missing = join(dir, 'missing.html');
    const r = cli('extract', folder, missing, '--jsonl');
    expect(r.code).toBe(1);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as { page: string; findings?: unknown[]; error?: string });
    expect(lines.map((l) => l.page)).toEqual([join(folder, 'a.html'), join(folder, 'sub', 'b.html'), missing]);
    expect(lines[0]!.findings!.length).toBeGreaterThan(17);
    expect(lines[1]!.findings).toEqual(lines[0]!.findings);
    expect(lines[2]!.error).toBe('no such file');
    expect(r.err).toBe(`sourcelight: cannot read ${missing}: no such file\n`);
  });

  it('refuses an unknown format with its usage', () => {
    const r = cli('extract', seed, '--format', 'pdf');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown format pdf/);
  });

  it('refuses an option with no value, and an unknown option, with exit 2 (no silent default URL)', () => {
    for (const args of [[seed, '--url'], [seed, '--url', '--format', 'json'], [seed, '--format'], [seed, '--colour']]) {
      const r = cli('extract', ...args);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(/^sourcelight: (--url needs a value|--format needs a value|unknown option --colour); usage:/);
    }
    // Four runs of the CLI, each given a minute by cli(): the test's own time is theirs together
    // (at load 11 on two cores each start took ~9 s and the default 30 s ran out).
  }, 4 * 60_000);
});

function write(name: string, data: string | Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, data);
  return file;
}
