// A titled list of findings outside the speaker groups: the passages the reader marked by hand
// ("Marked by you") and the ones not found on this version of the page (OrphanList.tsx).
import type { ComponentChildren } from 'preact';
import type { AnnotationPatch, Result } from '../shared/messages';
import type { AnnotationRecord } from '../shared/model';
import { FindingItem } from './FindingItem';

export interface FindingSectionProps {
  /** The heading, also the section's accessible name. */
  title: string;
  /** Extra class on the section (styles the heading). */
  className: string;
  /** In reading order. */
  annotations: AnnotationRecord[];
  /** Ids not placed in the page (no scrolling to them). */
  orphaned: ReadonlySet<string>;
  /** Name each item's speaker (the list is not grouped by speaker). */
  showSpeaker: boolean;
  onShow: (id: string) => void;
  onUpdate: (patch: AnnotationPatch) => Promise<Result<AnnotationRecord>>;
  /** A line under the heading. */
  children?: ComponentChildren;
}

export function FindingSection({ title, className, annotations, orphaned, showSpeaker, onShow, onUpdate, children }: FindingSectionProps) {
  if (annotations.length === 0) return null;
  return (
    <section class={`group ${className}`} aria-label={title}>
      <h3 class="group-head">
        <span class="group-name">{title}</span>
        <span class="group-count" aria-label={`${annotations.length} findings`}>
          {annotations.length}
        </span>
      </h3>
      {children}
      <ul class="findings">
        {annotations.map((a) => (
          <FindingItem key={a.id} annotation={a} orphaned={orphaned.has(a.id)} showSpeaker={showSpeaker} onShow={onShow} onUpdate={onUpdate} />
        ))}
      </ul>
    </section>
  );
}
