// Entry point of library.html: opens the database and renders the library. A reader's edit is
// stored through the background worker, which finishes the write even when this page is closed
// at once; reads, deletes and imports go to the shared database module here.
import { render } from 'preact';
import { openDb } from '../database/db';
import { annotationLink } from '../shared/article-link';
import { send, STORE_CHANGE_MAX_URLS } from '../shared/messages';
import type { AnnotationPatch, AnnotationRecord } from '../shared/model';
import { LibraryApp } from './LibraryApp';

async function saveThroughBackground(patch: AnnotationPatch): Promise<AnnotationRecord> {
  const result = await send('updateAnnotation', patch);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

interface PermissionsApi {
  permissions?: { request(p: { origins: string[] }): Promise<boolean> };
}

/**
 * "Open at this annotation": asks, from the reader's click (browsers allow the question only
 * there), to run on the article's site, then has the background open the tab, paint the page and
 * scroll to the annotation. Without the answer the text fragment still takes the reader there.
 */
function openThroughBackground(annotation: AnnotationRecord): boolean {
  const link = annotationLink(annotation);
  if (link === null) return false;
  const g = globalThis as { browser?: PermissionsApi; chrome?: PermissionsApi };
  const open = () => void send('openAnnotation', { id: annotation.id });
  let asked: Promise<boolean> | undefined;
  try {
    // Match patterns take no port: the host covers every port of it.
    const u = new URL(link);
    asked = (g.browser ?? g.chrome)?.permissions?.request({ origins: [`${u.protocol}//${u.hostname}/*`] });
  } catch {
    asked = undefined;
  }
  if (asked) void asked.then(open, open);
  else open();
  return true;
}

/** Tabs showing a changed article repaint (the background tells them); too many names: all. */
function tellTabs(urls: string[] | null): void {
  void send('storeChanged', { urls: urls && urls.length <= STORE_CHANGE_MAX_URLS ? urls : null });
}

const root = document.getElementById('app');
if (root) render(<LibraryApp db={openDb()} save={saveThroughBackground} open={openThroughBackground} onStoreChanged={tellTabs} />, root);
