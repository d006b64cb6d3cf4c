// The live page as markup, for reading it off the page's main thread (readPage): its doctype
// (which sets the parser's mode, and with it the tree a parser builds) and the root element's
// outerHTML, one native call each. Parsed again, it gives the live page's tree. The code of its
// scripts and the rules of its style sheets are left out (the elements stay, empty): Readability
// drops both before it reads, and they are a third to two thirds of a news page's markup, which
// is copied to the reading document and parsed there again. So are the outlines of SVG paths.

/** The page's doctype as markup ('' when it has none). */
export function doctypeMarkup(doc: Document): string {
  const d = doc.doctype;
  if (!d) return '';
  const publicId = d.publicId ? ` PUBLIC "${d.publicId}"` : '';
  const systemId = d.systemId ? `${d.publicId ? '' : ' SYSTEM'} "${d.systemId}"` : '';
  return `<!DOCTYPE ${d.name}${publicId}${systemId}>`;
}

/**
 * What a serialiser writes as it is: comments, and the raw text of these elements (so a
 * `<script` in them is text, not a tag). Script text and style rules hold no `</script` or
 * `</style` of their own (the parser ends them there), and attribute values have `<` and `>`
 * escaped, so scanning from the left finds each element whole.
 */
const RAW = /<!--[\s\S]*?-->|<(script|style|noscript|xmp|iframe|noembed|noframes)\b([^>]*)>([\s\S]*?)<\/\1\s*>|<path\b([^>]*)>/gi;
/** One attribute as a serialiser writes it (always name="value", a quote in the value escaped). */
const ATTRIBUTE = /(\s[^\s=>]+)="[^"]*"/g;
/** Script data the reader reads: the page's metadata (Readability's JSON-LD). */
const METADATA = /\btype\s*=\s*["']?application\/ld\+json/i;

/**
 * The markup with every script's code and every style sheet's rules taken out (metadata kept),
 * and the outlines of the pages' vector icons (an SVG path's d attribute, a third of some news
 * pages' lean markup): nothing reads them, neither Readability (which reads no SVG path's
 * attributes) nor the engine (it skips SVG), and every element stays.
 */
export function leanMarkup(markup: string): string {
  return markup.replace(RAW, (whole: string, tag: string | undefined, attributes: string, body: string, pathAttributes: string | undefined) => {
    if (pathAttributes !== undefined) return `<path${pathAttributes.replace(ATTRIBUTE, (a: string, name: string) => (name.trim().toLowerCase() === 'd' ? '' : a))}>`;
    if (!tag || body === '') return whole;
    const name = tag.toLowerCase();
    if (name === 'style' || (name === 'script' && !METADATA.test(attributes))) return `<${tag}${attributes}></${tag}>`;
    return whole;
  });
}

/** The page's markup to read: doctype and root element, without script code or style rules. */
export function pageMarkup(doc: Document): string {
  return leanMarkup(doctypeMarkup(doc) + (doc.documentElement?.outerHTML ?? ''));
}

/** The page has no article (Readability found none where it was read). */
export class NotAnArticle extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotAnArticle';
  }
}
