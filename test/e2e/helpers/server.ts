// A tiny HTTP server on 127.0.0.1 for the real-browser tests and `npm start`: serves the seed
// article, the web-dev pages of the shared corpus, and any page a test adds (variants of a page
// for anchoring tests). Nothing from outside is fetched; unknown paths get a plain 404.
import { createServer, type Server } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_DIR, WEB_DEV_DIR } from './paths';

/** A page served at a path: fixed HTML, or HTML made on each request (e.g. a changing variant). */
export type Route = string | (() => string);

export interface TestServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  url(path: string): string;
  /** Serves html at path from now on (replacing what was there). */
  set(path: string, route: Route): void;
  close(): Promise<void>;
}

/**
 * The saved web-dev pages carry their sites' scripts, which fail without their servers and would
 * drown our own errors in theirs. A strict policy keeps page scripts and outside requests from
 * running, as on a site with a strict CSP: the extension must work there too.
 */
export const WEB_DEV_CSP = "default-src 'self' data:; style-src 'self' 'unsafe-inline' data:; script-src 'none'";

/** The seed article's path on the server. */
export const SEED_PATH = '/seed/article.html';

/** Names of the web-dev corpus pages (folders holding an article.html). */
export function webDevPages(): string[] {
  if (!existsSync(WEB_DEV_DIR)) return [];
  return readdirSync(WEB_DEV_DIR)
    .filter((name) => existsSync(join(WEB_DEV_DIR, name, 'article.html')))
    .sort();
}

export const webDevPath = (name: string) => `/web-dev/${name}/article.html`;

function corpusFile(path: string): string | null {
  if (path === SEED_PATH) return join(SEED_DIR, 'article.html');
  const m = /^\/web-dev\/([\w.-]+)\/article\.html$/.exec(path);
  if (m && m[1] && !m[1].startsWith('.')) {
    const file = join(WEB_DEV_DIR, m[1], 'article.html');
    return existsSync(file) ? file : null;
  }
  return null;
}

/** Starts the server on a free port of 127.0.0.1. */
export async function startTestServer(port = 0): Promise<TestServer> {
  const routes = new Map<string, Route>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const route = routes.get(path);
    const file = route === undefined ? corpusFile(path) : null;
    if (route === undefined && file === null) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const body = route !== undefined ? (typeof route === 'string' ? route : route()) : readFileSync(file as string);
    const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
    if (route === undefined && path.startsWith('/web-dev/')) headers['content-security-policy'] = WEB_DEV_CSP;
    res.writeHead(200, headers).end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const origin = `http://127.0.0.1:${actualPort}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    set: (path, route) => void routes.set(path, route),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
