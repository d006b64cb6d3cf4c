// Annotations stored for this article that cannot be placed on this version of the page: listed
// apart, with their words, speaker, tags and note, never deleted; the page paints them again
// when their text comes back (src/content/session.ts re-anchors on every run).
import type { AnnotationPatch, Result } from '../shared/messages';
import type { AnnotationRecord } from '../shared/model';
import { FindingSection } from './FindingSection';

export const ORPHANS_TITLE = 'Not found on this version of the page';

export interface OrphanListProps {
  /** The orphaned annotations, in reading order. */
  annotations: AnnotationRecord[];
  /** Saves a tag or note change (orphans can still be tagged and noted). */
  onUpdate: (patch: AnnotationPatch) => Promise<Result<AnnotationRecord>>;
}

export function OrphanList({ annotations, onUpdate }: OrphanListProps) {
  return (
    <FindingSection
      title={ORPHANS_TITLE}
      className="orphans"
      annotations={annotations}
      orphaned={new Set(annotations.map((a) => a.id))}
      showSpeaker
      onShow={() => undefined}
      onUpdate={onUpdate}
    >
      <p class="orphans-help">Kept with your tags and notes; highlighted again if the text comes back.</p>
    </FindingSection>
  );
}
