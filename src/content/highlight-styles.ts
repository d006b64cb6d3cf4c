// How each highlight looks on the page, and what the page can learn of it: nothing. Every
// highlight is registered under a random name made for this page, so CSS.highlights names no
// tag, note, speaker or Sourcelight. The style rules go in through scripting.insertCSS (the
// background does it, src/background/main.ts), a style sheet no page script can list; only
// where that fails does the content script adopt a sheet of its own, which still names nothing
// but random names. The page's highlights carry only what the page itself says (who speaks, which
// kind); the reader's verdicts and notes are drawn in the extension's closed shadow root (marks.ts).
import type { AnnotationKind } from '../shared/model';
import { allSlots, type ColourSlot } from '../shared/speaker-colours';

const KINDS: readonly AnnotationKind[] = ['quote', 'claim', 'scare', 'manual'];

/** Every layer Sourcelight paints, lowest first (later layers paint over earlier ones). */
export const LAYERS = [
  ...allSlots().map((s) => `speaker-${s.slot}`),
  'speaker-none',
  'speaker-reader',
  ...KINDS.map((k) => `kind-${k}`),
  'active',
  'flash',
] as const;
export type Layer = string;

/** The layers one finding is painted in: its speaker's colour (if any) and its kind's line. */
export function layersFor(kind: AnnotationKind, slot: ColourSlot): Layer[] {
  const out: Layer[] = [];
  if (slot !== 'none') out.push(`speaker-${slot}`);
  else if (kind === 'manual') out.push('speaker-reader');
  else if (kind !== 'scare') out.push('speaker-none');
  out.push(`kind-${kind}`);
  return out;
}

/** The style rule of each layer. Kind is a line style (solid, dotted, wavy, double), so it reads without colour. */
export function layerRule(layer: Layer): string | null {
  const slot = allSlots().find((s) => `speaker-${s.slot}` === layer);
  if (slot) return `background-color: rgba(${slot.rgb}, ${slot.slot === 'p4' ? 0.42 : 0.3});`;
  switch (layer) {
    case 'speaker-none':
      return 'background-color: rgba(150, 150, 150, 0.16);';
    case 'speaker-reader':
      return 'background-color: rgba(160, 110, 255, 0.24);';
    case 'kind-quote':
      return 'text-decoration: underline solid 2px rgba(20, 20, 20, 0.7);';
    case 'kind-claim':
      return 'text-decoration: underline dotted 2px rgba(20, 20, 20, 0.75);';
    case 'kind-scare':
      return 'text-decoration: underline wavy 1px rgba(100, 100, 100, 0.85);';
    case 'kind-manual':
      return 'text-decoration: underline double 1px rgba(90, 50, 170, 0.9);';
    case 'active':
      return 'background-color: rgba(20, 20, 20, 0.12);';
    case 'flash':
      return 'background-color: rgba(255, 110, 0, 0.65); color: #000;';
    default:
      return null;
  }
}

/** The style sheet for these names (layer -> highlight name); unknown layers are left out. */
export function highlightCss(names: Readonly<Record<string, string>>): string {
  let css = '';
  for (const [layer, name] of Object.entries(names)) {
    const rule = layerRule(layer);
    if (rule && /^[a-z][a-z0-9-]{3,40}$/.test(name)) css += `::highlight(${name}) { ${rule} }\n`;
  }
  return css;
}

/** A fresh random name for each layer: a letter and 12 base-36 characters, nothing else. */
export function randomNames(layers: readonly string[] = LAYERS, random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): Record<string, string> {
  const names: Record<string, string> = {};
  const used = new Set<string>();
  for (const layer of layers) {
    let name = '';
    do {
      const bytes = random(new Uint8Array(13));
      name = String.fromCharCode(97 + (bytes[0]! % 26));
      for (let i = 1; i < 13; i++) name += (bytes[i]! % 36).toString(36);
    } while (used.has(name));
    used.add(name);
    names[layer] = name;
  }
  return names;
}

/** Names that say what they paint ("sourcelight-kind-quote"): unit tests and nothing else. */
export function plainNames(layers: readonly string[] = LAYERS): Record<string, string> {
  return Object.fromEntries(layers.map((l) => [l, `sourcelight-${l}`]));
}

/**
 * The fallback where insertCSS failed: an adopted style sheet (no DOM change), or one <style>
 * element where adopting from a content script is refused. Either names random names only.
 */
export function installHighlightStyles(doc: Document, names: Readonly<Record<string, string>>): 'adopted' | 'element' {
  const css = highlightCss(names);
  try {
    const view = doc.defaultView;
    if (view && 'adoptedStyleSheets' in doc && typeof view.CSSStyleSheet === 'function') {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(css);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      if (doc.adoptedStyleSheets.includes(sheet)) return 'adopted';
    }
  } catch {
    // Firefox refuses arrays made in a content script's compartment: use an element instead.
  }
  const style = doc.createElement('style');
  style.textContent = css;
  (doc.head ?? doc.documentElement).appendChild(style);
  return 'element';
}
