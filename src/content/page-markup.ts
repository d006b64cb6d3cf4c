// The live page as markup, for reading it off the page's main thread (readPage): its doctype
// (which sets the parser's mode, and with it the tree a parser builds) and the root element's
// outerHTML, one native call each. Parsed again, it gives the live page's tree.

/** The page's doctype as markup ('' when it has none). */
export function doctypeMarkup(doc: Document): string {
  const d = doc.doctype;
  if (!d) return '';
  const publicId = d.publicId ? ` PUBLIC "${d.publicId}"` : '';
  const systemId = d.systemId ? `${d.publicId ? '' : ' SYSTEM'} "${d.systemId}"` : '';
  return `<!DOCTYPE ${d.name}${publicId}${systemId}>`;
}

/** The page's markup: doctype and root element. */
export function pageMarkup(doc: Document): string {
  return doctypeMarkup(doc) + (doc.documentElement?.outerHTML ?? '');
}

/** The page has no article (Readability found none where it was read). */
export class NotAnArticle extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotAnArticle';
  }
}
