// What the background does with the database: store an annotated article, upsert its findings
// without ever losing the reader's tags and notes, read an article back, and apply a reader's edit.
// Each write is one transaction, so a failure leaves the database as it was.
import type { AnnotationRecord, ArticleRecord, ReaderCorrection } from '../shared/model';
import {
  MessageError,
  type AnnotationPatch,
  type ArticleInput,
  type ArticleWithAnnotations,
  type CorrectionPatch,
  type FindingInput,
  type ManualInput,
  type ManualSaved,
} from '../shared/messages';
import type { SourcelightDb } from './db';

/** Annotations in reading order (by position in the page text, then id for a stable order). */
export function inReadingOrder(annotations: AnnotationRecord[]): AnnotationRecord[] {
  return [...annotations].sort(
    (a, b) => a.selectors.position.start - b.selectors.position.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * The record with the reader's correction applied over the engine's values: the reader's speaker
 * and kind win ("none" keeps the engine's kind; the finding is hidden by isDismissed).
 */
export function withCorrection<R extends AnnotationRecord>(record: R, correction: ReaderCorrection | undefined): R {
  if (!correction) {
    const { correction: _dropped, ...rest } = record;
    return rest as R;
  }
  const { engine } = correction;
  const out: R = { ...record, kind: engine.kind, speaker: engine.speaker, speakerKind: engine.speakerKind, speakerId: engine.speakerId, correction };
  if (correction.speaker !== undefined) {
    out.speaker = correction.speaker?.name ?? null;
    out.speakerKind = correction.speaker?.speakerKind ?? 'unknown';
    out.speakerId = correction.speaker?.speakerId ?? null;
  }
  if (correction.kind !== undefined && correction.kind !== 'none') out.kind = correction.kind;
  return out;
}

/** Fields of a stored annotation that a new run of the engine may refresh. */
function engineFieldsChanged(old: AnnotationRecord, next: FindingInput): boolean {
  const said = old.correction?.engine ?? old;
  return (
    said.kind !== next.kind ||
    old.text !== next.text ||
    said.speaker !== next.speaker ||
    said.speakerKind !== next.speakerKind ||
    (said.speakerId ?? null) !== (next.speakerId ?? null) ||
    old.cue !== next.cue ||
    JSON.stringify(old.selectors) !== JSON.stringify(next.selectors)
  );
}

/**
 * Stores the article (first visit kept, last visit now) and upserts the findings: new ones are
 * added with no tags; known ones get the engine's latest text, speaker and selectors but keep
 * their tags, note, origin and creation time. Rows the engine no longer finds are kept.
 */
export async function saveFindings(
  db: SourcelightDb,
  input: { article: ArticleInput; findings: FindingInput[] },
  now: number,
): Promise<ArticleWithAnnotations> {
  return db.transaction('rw', db.articles, db.annotations, async () => {
    const old = await db.articles.get(input.article.url);
    const article: ArticleRecord = {
      url: input.article.url,
      title: input.article.title,
      site: input.article.site,
      firstVisit: old?.firstVisit ?? now,
      lastVisit: now,
    };
    await db.articles.put(article);
    // One row per id even if the sender repeats an id (the last one wins).
    const byId = new Map(input.findings.map((f) => [f.id, f]));
    const ids = [...byId.keys()];
    const existing = await db.annotations.bulkGet(ids);
    const writes: AnnotationRecord[] = [];
    ids.forEach((id, i) => {
      const f = byId.get(id)!;
      const prev = existing[i];
      if (prev && prev.article !== article.url)
        throw new MessageError('invalid', `Annotation ${id} belongs to another article.`);
      if (prev && !engineFieldsChanged(prev, f)) return;
      const engine = { kind: f.kind, speaker: f.speaker, speakerKind: f.speakerKind, speakerId: f.speakerId ?? null };
      const row: AnnotationRecord = {
        id,
        article: article.url,
        kind: f.kind,
        text: f.text,
        speaker: f.speaker,
        speakerKind: f.speakerKind,
        ...(f.speakerId ? { speakerId: f.speakerId } : {}),
        cue: f.cue,
        selectors: f.selectors,
        tags: prev?.tags ?? [],
        note: prev?.note ?? '',
        origin: prev?.origin ?? (f.kind === 'manual' ? 'manual' : 'auto'),
        created: prev?.created ?? now,
        updated: now,
      };
      // The reader's correction outlives the run: the engine's new values go under it.
      writes.push(prev?.correction ? withCorrection(row, { ...prev.correction, engine }) : row);
    });
    if (writes.length) await db.annotations.bulkPut(writes);
    const annotations = await db.annotations.where('article').equals(article.url).toArray();
    return { article, annotations: inReadingOrder(annotations) };
  });
}

/** The article and its annotations in reading order; article null when never stored. */
export async function getArticle(db: SourcelightDb, url: string): Promise<ArticleWithAnnotations> {
  return db.transaction('r', db.articles, db.annotations, async () => {
    const article = (await db.articles.get(url)) ?? null;
    const annotations = await db.annotations.where('article').equals(url).toArray();
    return { article, annotations: inReadingOrder(annotations) };
  });
}

/** Applies a reader's edit (tags and/or note); throws not-found for an unknown id. */
export async function updateAnnotation(db: SourcelightDb, patch: AnnotationPatch, now: number): Promise<AnnotationRecord> {
  return db.transaction('rw', db.annotations, async () => {
    const old = await db.annotations.get(patch.id);
    if (!old) throw new MessageError('not-found', 'This annotation is no longer stored; annotate the page again.');
    const next: AnnotationRecord = {
      ...old,
      // Keep the canonical tag order whatever order the UI sent.
      tags: patch.tags ? [...patch.tags].sort() : old.tags,
      note: patch.note ?? old.note,
      updated: now,
    };
    await db.annotations.put(next);
    return next;
  });
}

/**
 * Applies the reader's correction of the engine (speaker, kind, dismissal) or takes every
 * correction back (reset). The engine's values are kept under it, so later runs re-apply it.
 */
export async function correctAnnotation(db: SourcelightDb, patch: CorrectionPatch, now: number): Promise<AnnotationRecord> {
  return db.transaction('rw', db.annotations, async () => {
    const old = await db.annotations.get(patch.id);
    if (!old) throw new MessageError('not-found', 'This annotation is no longer stored; annotate the page again.');
    const engine = old.correction?.engine ?? {
      kind: old.kind,
      speaker: old.speaker,
      speakerKind: old.speakerKind,
      speakerId: old.speakerId ?? null,
    };
    let next: AnnotationRecord;
    if (patch.reset) {
      next = withCorrection({ ...old, ...engine, updated: now }, undefined);
      if (!engine.speakerId) delete next.speakerId;
    } else {
      if (patch.kind !== undefined && old.origin === 'manual' && patch.kind !== 'none')
        throw new MessageError('invalid', 'A passage you marked yourself keeps its kind.');
      const correction: ReaderCorrection = { ...old.correction, engine, at: now };
      if (patch.speaker !== undefined) correction.speaker = patch.speaker === null ? null : { ...patch.speaker, name: patch.speaker.name.trim().replace(/\s+/g, ' ') };
      if (patch.kind !== undefined) correction.kind = patch.kind;
      if (patch.dismissed !== undefined) {
        if (patch.dismissed) correction.dismissed = true;
        else {
          delete correction.dismissed;
          if (correction.kind === 'none') delete correction.kind;
        }
      }
      const empty = correction.speaker === undefined && correction.kind === undefined && !correction.dismissed;
      next = withCorrection({ ...old, updated: now }, empty ? undefined : correction);
      if (empty) Object.assign(next, engine);
      if (empty && !engine.speakerId) delete next.speakerId;
    }
    await db.annotations.put(next);
    return next;
  });
}

/**
 * Stores a passage the reader marked by hand: a new row (origin manual, no tags, empty note) under
 * its article, which is stored or refreshed like saveFindings does. Engine runs never touch it.
 */
export async function saveManual(db: SourcelightDb, input: ManualInput, id: string, now: number): Promise<ManualSaved> {
  return db.transaction('rw', db.articles, db.annotations, async () => {
    const old = await db.articles.get(input.article.url);
    const article: ArticleRecord = {
      url: input.article.url,
      title: old?.title || input.article.title,
      site: input.article.site,
      firstVisit: old?.firstVisit ?? now,
      lastVisit: now,
    };
    await db.articles.put(article);
    if (await db.annotations.get(id)) throw new MessageError('internal', 'A new annotation id was already taken; try again.');
    const annotation: AnnotationRecord = {
      id,
      article: article.url,
      kind: 'manual',
      text: input.text,
      speaker: null,
      speakerKind: 'unknown',
      cue: null,
      selectors: input.selectors,
      tags: [],
      note: '',
      origin: 'manual',
      created: now,
      updated: now,
    };
    await db.annotations.add(annotation);
    const annotations = await db.annotations.where('article').equals(article.url).toArray();
    return { article, annotation, annotations: inReadingOrder(annotations) };
  });
}
