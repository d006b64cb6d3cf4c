// The CLI as a user runs it (dist/cli.js, built by `npm test` before the suite): the contract's
// JSON on stdout, each export format, and one clear line on stderr with a non-zero exit for a
// missing file, binary junk, a page with no article, and a bad option.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

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

  it('refuses an unknown format with its usage', () => {
    const r = cli('extract', seed, '--format', 'pdf');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown format pdf/);
  });
});

function write(name: string, data: string | Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, data);
  return file;
}
