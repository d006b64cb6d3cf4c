// How each highlight looks on the page. The rules only name ::highlight() pseudo-elements, so they
// cannot restyle anything of the page's own; they go in an adopted style sheet where the browser
// allows it, so the page's DOM is not touched at all.
import type { AnnotationKind, Tag } from '../shared/model';

/** Every highlight name Sourcelight registers in CSS.highlights, in painting order. */
export const HIGHLIGHT_NAMES = [
  'sourcelight-scare',
  'sourcelight-claim',
  'sourcelight-quote',
  'sourcelight-manual',
  'sourcelight-supported',
  'sourcelight-needs-source',
  'sourcelight-disputed',
  'sourcelight-active',
  'sourcelight-flash',
] as const;
export type HighlightName = (typeof HIGHLIGHT_NAMES)[number];

/** A reader's verdict shows over the engine's kind; disputed wins over the others. */
const TAG_PRECEDENCE: readonly Tag[] = ['disputed', 'needs-source', 'supported'];

/** The one style a finding is painted with: its most telling tag, else its kind. */
export function highlightNameFor(kind: AnnotationKind, tags: readonly Tag[]): HighlightName {
  const tag = TAG_PRECEDENCE.find((t) => tags.includes(t));
  if (tag) return `sourcelight-${tag}`;
  return `sourcelight-${kind}`;
}

/** Quotes and claims stand out, scare quotes stay subtle, verdicts are clearly different. */
export const HIGHLIGHT_CSS = `
::highlight(sourcelight-quote) { background-color: rgba(255, 212, 0, 0.38); }
::highlight(sourcelight-claim) { background-color: rgba(64, 150, 255, 0.22); text-decoration: underline dotted rgba(30, 100, 200, 0.9); }
::highlight(sourcelight-scare) { text-decoration: underline dotted rgba(110, 110, 110, 0.8); }
::highlight(sourcelight-manual) { background-color: rgba(160, 110, 255, 0.25); }
::highlight(sourcelight-disputed) { background-color: rgba(228, 56, 56, 0.26); text-decoration: underline wavy rgb(200, 30, 30); }
::highlight(sourcelight-supported) { background-color: rgba(36, 170, 90, 0.26); text-decoration: underline solid rgb(20, 130, 60); }
::highlight(sourcelight-needs-source) { background-color: rgba(255, 150, 0, 0.28); text-decoration: underline dashed rgb(200, 100, 0); }
::highlight(sourcelight-active) { background-color: rgba(20, 20, 20, 0.12); }
::highlight(sourcelight-flash) { background-color: rgba(255, 110, 0, 0.65); color: #000; }
`;

const STYLE_ELEMENT_ID = 'sourcelight-highlight-styles';

/**
 * Makes the ::highlight() rules apply to doc. Prefers an adopted style sheet (no DOM change);
 * falls back to one <style> element in <head> where adopting from a content script is refused.
 */
export function installHighlightStyles(doc: Document): 'adopted' | 'element' {
  try {
    const view = doc.defaultView;
    if (view && 'adoptedStyleSheets' in doc && typeof view.CSSStyleSheet === 'function') {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(HIGHLIGHT_CSS);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      if (doc.adoptedStyleSheets.includes(sheet)) return 'adopted';
    }
  } catch {
    // Firefox refuses arrays made in a content script's compartment: use an element instead.
  }
  if (!doc.getElementById(STYLE_ELEMENT_ID)) {
    const style = doc.createElement('style');
    style.id = STYLE_ELEMENT_ID;
    style.textContent = HIGHLIGHT_CSS;
    (doc.head ?? doc.documentElement).appendChild(style);
  }
  return 'element';
}
