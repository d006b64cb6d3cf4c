// Editing one annotation in the library: its note (saved on every change, as in the card, so
// that closing the page at once loses nothing), its free-form tags typed with completion from
// the tags already in use, and deleting it. Opens above the list when a row's "Edit" is clicked.
import { useEffect, useRef, useState } from 'preact/hooks';
import { LABEL_LIMITS, type AnnotationPatch, type AnnotationRecord } from '../shared/model';
import { labelSuggestions, readLabelInput, withLabel } from '../shared/label-input';

export interface AnnotationEditorProps {
  annotation: AnnotationRecord;
  /** Free-form tags used anywhere in the library (completion). */
  labelsInUse: string[];
  /** Stores a change; answers the stored row. */
  save: (patch: AnnotationPatch) => Promise<AnnotationRecord>;
  /** The row as stored after a change. */
  onSaved: (record: AnnotationRecord) => void;
  onDelete: (id: string) => void;
  onClose: () => void;
}

const LIST_ID = 'sourcelight-label-options';

export function AnnotationEditor({ annotation: a, labelsInUse, save, onSaved, onDelete, onClose }: AnnotationEditorProps) {
  const [note, setNote] = useState(a.note);
  const [labels, setLabels] = useState<string[]>(a.labels ?? []);
  const [typed, setTyped] = useState('');
  const [status, setStatus] = useState('');
  const noteRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    setNote(a.note);
    setLabels(a.labels ?? []);
    setTyped('');
    setStatus('');
    noteRef.current?.focus();
    // Only when another annotation is opened: the stored row coming back must not undo typing.
  }, [a.id]);

  function store(patch: Omit<AnnotationPatch, 'id'>) {
    setStatus('Saving…');
    save({ id: a.id, ...patch })
      .then((record) => {
        onSaved(record);
        setStatus('Saved');
      })
      .catch((e: unknown) => setStatus(`Not saved: ${e instanceof Error ? e.message : String(e)}`));
  }

  function addLabel(text: string) {
    setTyped('');
    const next = withLabel(labels, text);
    if (!next) return;
    setLabels(next);
    store({ labels: next });
  }

  function removeLabel(label: string) {
    const next = labels.filter((l) => l !== label);
    setLabels(next);
    store({ labels: next });
  }

  const suggestions = labelSuggestions(labelsInUse, labels);
  return (
    <section class="editor" aria-label="Edit annotation">
      <div class="editor-head">
        <h2>Edit annotation</h2>
        <button type="button" class="button-quiet" onClick={onClose}>
          Done
        </button>
      </div>
      <p class="editor-text">{a.kind === 'claim' || a.kind === 'manual' ? a.text : `“${a.text}”`}</p>
      <div class="editor-labels">
        <span class="filter-label" id="editor-tags-label">
          Your tags
        </span>
        <ul class="label-list" aria-labelledby="editor-tags-label">
          {labels.map((l) => (
            <li key={l} class="label-chip">
              {l}
              <button type="button" class="label-remove" aria-label={`Remove tag ${l}`} onClick={() => removeLabel(l)}>
                ×
              </button>
            </li>
          ))}
        </ul>
        <input
          type="text"
          class="label-input"
          aria-label="Add a tag"
          placeholder="Add a tag, Enter to add"
          list={LIST_ID}
          maxLength={LABEL_LIMITS.length}
          disabled={labels.length >= LABEL_LIMITS.count}
          value={typed}
          onInput={(e) => {
            // Picking a completion (or typing a comma) adds the tag at once.
            const read = readLabelInput((e.currentTarget as HTMLInputElement).value, (e as InputEvent).inputType, suggestions);
            if ('add' in read) addLabel(read.add);
            else setTyped(read.typed);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              addLabel((e.currentTarget as HTMLInputElement).value);
            }
          }}
        />
        <datalist id={LIST_ID}>
          {suggestions.map((l) => (
            <option key={l} value={l} />
          ))}
        </datalist>
      </div>
      <label class="editor-note">
        Note
        <textarea
          ref={noteRef}
          rows={4}
          value={note}
          onInput={(e) => {
            const value = (e.currentTarget as HTMLTextAreaElement).value;
            setNote(value);
            store({ note: value });
          }}
        />
      </label>
      <div class="editor-foot">
        <span role="status" class="editor-status">
          {status}
        </span>
        <button type="button" class="button-danger" onClick={() => onDelete(a.id)}>
          Delete annotation
        </button>
      </div>
    </section>
  );
}
