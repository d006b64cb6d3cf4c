// Entry point of library.html: opens the database and renders the library. A reader's edit is
// stored through the background worker, which finishes the write even when this page is closed
// at once; reads, deletes and imports go to the shared database module here.
import { render } from 'preact';
import { openDb } from '../database/db';
import { send } from '../shared/messages';
import type { AnnotationPatch, AnnotationRecord } from '../shared/model';
import { LibraryApp } from './LibraryApp';

async function saveThroughBackground(patch: AnnotationPatch): Promise<AnnotationRecord> {
  const result = await send('updateAnnotation', patch);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const root = document.getElementById('app');
if (root) render(<LibraryApp db={openDb()} save={saveThroughBackground} />, root);
