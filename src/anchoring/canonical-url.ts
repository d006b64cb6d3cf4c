// The key an article is stored under: the page's canonical address (canonical link, else og:url,
// else the address it was loaded from), with tracking parameters and the fragment stripped, so
// a redirect, a mobile host or a "?utm_source=…" link finds the annotations made before.
//
// Trust: a page names its own canonical URL, and a hostile page could name another site's article
// to have that article's annotations (notes included) painted into it. So a canonical or og:url
// is accepted only when it is http(s) and on the same site as the page: the same host, or one
// host a subdomain of the other once a leading "www." is dropped (m.example.org and
// www.example.org agree; evil.example and example.org do not). Otherwise the page's own address
// is used.

/** Query parameters that only track where a click came from; dropped from the key. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'igshid',
  'mc_cid', 'mc_eid', 'mkt_tok', '_ga', '_gl', '_hsenc', '_hsmi', 'hsctatracking', 'oly_anon_id', 'oly_enc_id',
  'ref', 'ref_src', 'ref_url', 'cmpid', 'ocid', 'smid', 'smtyp', 'rss', 'at_medium',
  'at_campaign', 'at_custom1', 'at_custom2', 'at_custom3', 'at_custom4', 'ito', 'ns_mchannel', 'ns_source',
  'ns_campaign', 'ns_linkname', 'ns_fee', 'socialshare', 'spm', 'vero_id', 'wt_mc', 'wt.mc_id',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hmb_', 'ga_'];

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/** Parses an http(s) URL (relative ones against base), or null. */
function parseHttp(raw: string | null | undefined, base?: string): URL | null {
  if (raw === null || raw === undefined) return null;
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed.length > 4096) return null;
  try {
    const url = base === undefined ? new URL(trimmed) : new URL(trimmed, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

const bareHost = (host: string) => host.replace(/^www\./, '');

/** Same host, or one a subdomain of the other (ignoring "www."); a lone top-level label never qualifies. */
export function sameSite(a: string, b: string): boolean {
  const x = bareHost(a.toLowerCase());
  const y = bareHost(b.toLowerCase());
  if (x === y) return true;
  const [longer, shorter] = x.length > y.length ? [x, y] : [y, x];
  return shorter.includes('.') && longer.endsWith(`.${shorter}`);
}

/** A URL without tracking parameters or fragment, host lowercased, parameters in a stable order. */
export function stripTracking(url: URL): string {
  const out = new URL(url.href);
  out.hash = '';
  // forEach, not entries(): in a Firefox content script URLSearchParams' iterators are not iterable.
  const kept: Array<[string, string]> = [];
  url.searchParams.forEach((value, name) => {
    if (!isTracking(name)) kept.push([name, value]);
  });
  kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)); // stable: same-name values keep their order
  out.search = '';
  for (const [name, value] of kept) out.searchParams.append(name, value);
  return out.href;
}

/** The canonical address of the article in `doc`, loaded from `location`. */
export function canonicalUrl(doc: Document, location: string): string {
  const here = parseHttp(location);
  if (here === null) {
    // Not a web page (file:, about:): keep the address as it is, minus the fragment.
    return location.split('#')[0] ?? location;
  }
  const candidates: Array<string | null> = [];
  for (const link of Array.from(doc.querySelectorAll('link[rel]')).slice(0, 50)) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rels.includes('canonical')) candidates.push(link.getAttribute('href'));
  }
  for (const meta of Array.from(doc.querySelectorAll('meta[property], meta[name]')).slice(0, 200)) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').toLowerCase();
    if (key === 'og:url') candidates.push(meta.getAttribute('content'));
  }
  for (const raw of candidates) {
    const url = parseHttp(raw, here.href);
    if (url !== null && sameSite(url.hostname, here.hostname)) return stripTracking(url);
  }
  return stripTracking(here);
}
