// One finding in the popup list: its kind and words (click to see it in the page), the cue, the
// tag toggles and the note. Changes are saved at once; a failure shows under the item.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { AnnotationPatch, Result } from '../shared/messages';
import type { AnnotationRecord, Tag } from '../shared/model';
import { KIND_LABEL, TAG_LABEL, TAG_ORDER } from './labels';

export interface FindingItemProps {
  annotation: AnnotationRecord;
  /** The finding could not be found in the live page (no scrolling to it). */
  orphaned: boolean;
  /** Name the speaker in the item (lists not grouped by speaker, e.g. the orphans). */
  showSpeaker?: boolean;
  onShow: (id: string) => void;
  onUpdate: (patch: AnnotationPatch) => Promise<Result<AnnotationRecord>>;
}

/** Quotes show between quotation marks, claims and scare quotes as they are. */
function displayText(a: AnnotationRecord): string {
  return a.kind === 'quote' ? `“${a.text}”` : a.text;
}

export function FindingItem({ annotation: a, orphaned, showSpeaker, onShow, onUpdate }: FindingItemProps) {
  const [noteOpen, setNoteOpen] = useState(false);
  const [draft, setDraft] = useState(a.note);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);

  // Layout effect: the field has focus before the next key press arrives.
  useLayoutEffect(() => {
    if (noteOpen) noteRef.current?.focus();
  }, [noteOpen]);

  async function save(patch: Omit<AnnotationPatch, 'id'>): Promise<boolean> {
    setSaving(true);
    setError(null);
    const out = await onUpdate({ id: a.id, ...patch });
    setSaving(false);
    if (!out.ok) setError(`Not saved: ${out.error}`);
    return out.ok;
  }

  const toggleTag = (tag: Tag) =>
    void save({ tags: a.tags.includes(tag) ? a.tags.filter((t) => t !== tag) : [...a.tags, tag] });

  async function saveNote() {
    if (draft === a.note) return setNoteOpen(false);
    if (await save({ note: draft })) setNoteOpen(false);
  }

  function onNoteKey(e: KeyboardEvent) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void saveNote();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      setDraft(a.note);
      setNoteOpen(false);
    }
  }

  return (
    <li class={`finding kind-${a.kind}`} data-id={a.id} aria-busy={saving}>
      <button
        type="button"
        class="finding-text"
        disabled={orphaned}
        title={orphaned ? 'Not found on the page' : 'Show in the page'}
        onClick={() => onShow(a.id)}
      >
        <span class={`kind-chip kind-${a.kind}`}>{KIND_LABEL[a.kind].one}</span>
        <span class="finding-words">{displayText(a)}</span>
      </button>
      <div class="finding-meta">
        {showSpeaker && a.speaker && <span class="finding-speaker">{a.speaker}</span>}
        {a.cue && <span class="cue">{a.cue}</span>}
        {orphaned && <span class="orphan">not found on the page</span>}
      </div>
      <div class="finding-actions" role="group" aria-label="Tags and note">
        {TAG_ORDER.map((tag) => (
          <button
            type="button"
            key={tag}
            class={`tag-button tag-${tag}`}
            aria-pressed={a.tags.includes(tag)}
            disabled={saving}
            onClick={() => toggleTag(tag)}
          >
            {TAG_LABEL[tag]}
          </button>
        ))}
        <button
          type="button"
          class="note-button"
          aria-expanded={noteOpen}
          onClick={() => {
            setDraft(a.note);
            setNoteOpen(!noteOpen);
          }}
        >
          {a.note ? 'Edit note' : 'Add note'}
        </button>
      </div>
      {noteOpen ? (
        <div class="note-editor">
          <textarea
            ref={noteRef}
            aria-label="Note"
            rows={3}
            value={draft}
            placeholder="Your note (Ctrl+Enter saves, Escape cancels)"
            onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)}
            onKeyDown={onNoteKey}
          />
          <div class="note-buttons">
            <button type="button" class="button" disabled={saving} onClick={() => void saveNote()}>
              Save note
            </button>
            <button
              type="button"
              class="button button-quiet"
              onClick={() => {
                setDraft(a.note);
                setNoteOpen(false);
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : (
        a.note && <p class="note-text">{a.note}</p>
      )}
      {error && (
        <p class="item-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
