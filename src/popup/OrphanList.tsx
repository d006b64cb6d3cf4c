// Annotations stored for this article that cannot be placed on this version of the page: listed
// apart, with their words, speaker, tags and note, never deleted; the page paints them again
// when their text comes back (src/content/session.ts re-anchors on every run).
import type { AnnotationPatch, Result } from '../shared/messages';
import type { AnnotationRecord } from '../shared/model';
import { FindingItem } from './FindingItem';

export const ORPHANS_TITLE = 'Not found on this version of the page';

export interface OrphanListProps {
  /** The orphaned annotations, in reading order. */
  annotations: AnnotationRecord[];
  /** Saves a tag or note change (orphans can still be tagged and noted). */
  onUpdate: (patch: AnnotationPatch) => Promise<Result<AnnotationRecord>>;
}

export function OrphanList({ annotations, onUpdate }: OrphanListProps) {
  if (annotations.length === 0) return null;
  return (
    <section class="group orphans" aria-label={ORPHANS_TITLE}>
      <h3 class="group-head">
        <span class="group-name">{ORPHANS_TITLE}</span>
        <span class="group-count" aria-label={`${annotations.length} findings`}>
          {annotations.length}
        </span>
      </h3>
      <p class="orphans-help">Kept with your tags and notes; highlighted again if the text comes back.</p>
      <ul class="findings">
        {annotations.map((a) => (
          <FindingItem key={a.id} annotation={a} orphaned showSpeaker onShow={() => undefined} onUpdate={onUpdate} />
        ))}
      </ul>
    </section>
  );
}
