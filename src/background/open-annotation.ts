// "Open at this annotation" from the library: opens the article in a new tab at its text
// fragment (the browser scrolls there by itself), and once the page has loaded, where Sourcelight
// may run on that site, annotates it (which re-anchors every stored annotation with its stored
// selectors and paints them) and scrolls to this one, so the link lands even when the fragment
// misses (the page changed, or its words occur twice).
import type { SourcelightDb } from '../database/db';
import { annotationLink } from '../shared/article-link';
import { MessageError, type PageReport, type Result } from '../shared/messages';
import { askInjecting } from './inject';

/** What opening needs from the browser (the real one in main.ts, fakes in tests). */
export interface OpenerAccess {
  /** Opens a tab at url; answers its id. */
  create(url: string): Promise<number>;
  /** Resolves when the tab has finished loading (or after a time limit: then false). */
  loaded(tabId: number): Promise<boolean>;
  /** True when Sourcelight may run in pages of this url's site without the reader's click. */
  mayRun(url: string): Promise<boolean>;
  annotate(tabId: number): Promise<Result<PageReport>>;
  scrollTo(tabId: number, id: string): Promise<Result<{ found: boolean }>>;
  inject(tabId: number): Promise<void>;
}

export interface Opened {
  tabId: number;
  /** True when the page was annotated and the annotation found and scrolled to. */
  anchored: boolean;
  /** Why not, when it was not (for a log or a test). */
  detail: string | null;
}

export async function openAnnotation(access: OpenerAccess, db: SourcelightDb, id: string): Promise<Opened> {
  const annotation = await db.annotations.get(id);
  if (!annotation) throw new MessageError('not-found', 'This annotation is no longer stored.');
  const link = annotationLink(annotation);
  if (link === null) throw new MessageError('invalid', 'This annotation’s article is not a web page address.');
  const tabId = await access.create(link);
  // Nothing to wait for where Sourcelight may not run: the fragment alone takes the reader there.
  if (!(await access.mayRun(link))) return { tabId, anchored: false, detail: 'Sourcelight may not run on this site without a click' };
  if (!(await access.loaded(tabId))) return { tabId, anchored: false, detail: 'the page did not finish loading' };
  try {
    await askInjecting(() => access.annotate(tabId), () => access.inject(tabId));
    const scrolled = await access.scrollTo(tabId, id);
    if (!scrolled.ok) return { tabId, anchored: false, detail: scrolled.error };
    return { tabId, anchored: scrolled.value.found, detail: scrolled.value.found ? null : 'not found on the page as it is now' };
  } catch (e) {
    // The page is open at its fragment; the reader's toolbar click annotates it as ever.
    return { tabId, anchored: false, detail: e instanceof Error ? e.message : String(e) };
  }
}
