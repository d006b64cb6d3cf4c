// The pages both browser benchmarks load (the seed and the web-dev pages of ../shared/corpus) and
// the one 127.0.0.1 server that serves them, so bench:browser and the step profiler
// (bench/browser/steps.ts) read the same pages under the same headers.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';

export interface CorpusPage {
  name: string;
  path: string;
  file: string;
  csp: boolean;
}

/** As the e2e server does: the saved pages' own scripts stay off, as on a site with a strict CSP. */
const WEB_DEV_CSP = "default-src 'self' data:; style-src 'self' 'unsafe-inline' data:; script-src 'none'";

/** The seed page and every web-dev page under corpus, those whose name holds `only` when given. */
export function corpusPages(corpus: string, only?: string): CorpusPage[] {
  const pages: CorpusPage[] = [{ name: 'seed', path: '/seed/article.html', file: join(corpus, 'seed/article.html'), csp: false }];
  const webDev = join(corpus, 'web-dev');
  for (const name of existsSync(webDev) ? readdirSync(webDev).sort() : []) {
    const file = join(webDev, name, 'article.html');
    if (existsSync(file)) pages.push({ name: `web-dev/${name}`, path: `/web-dev/${name}/article.html`, file, csp: true });
  }
  return only ? pages.filter((p) => p.name.includes(only)) : pages;
}

/** Serves the pages (and a blank page) on 127.0.0.1 at a free port, never cached. */
export async function serve(pages: CorpusPage[]): Promise<{ origin: string; close(): Promise<void> }> {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const page = byPath.get(path);
    if (path === '/blank.html') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>blank</title>');
    if (!page) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
    if (page.csp) headers['content-security-policy'] = WEB_DEV_CSP;
    res.writeHead(200, headers).end(readFileSync(page.file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
