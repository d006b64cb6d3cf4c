// The library's filters: full-text search, tags, kinds, speaker, site and a date range. Changes
// go up as a new LibraryFilter; the page debounces the text box.
import type { AnnotationKind, Tag } from '../shared/model';
import { KIND_LABEL, TAG_LABEL, TAG_ORDER } from '../popup/labels';
import type { LibraryFilter } from '../database/queries';

const KINDS: readonly AnnotationKind[] = ['quote', 'claim', 'scare', 'manual'];

export interface FilterBarProps {
  /** The filter shown. */
  filter: LibraryFilter;
  /** Choices of the speaker menu. */
  speakers: string[];
  /** Choices of the site menu. */
  sites: string[];
  /** Called with the whole new filter on every change. */
  onChange: (next: LibraryFilter) => void;
}

function toggle<T>(list: readonly T[] | undefined, item: T): T[] {
  const set = new Set(list ?? []);
  if (set.has(item)) set.delete(item);
  else set.add(item);
  return [...set];
}

/** yyyy-mm-dd of an epoch ms (UTC), or '' */
function dayOf(ms: number | undefined): string {
  return ms === undefined ? '' : new Date(ms).toISOString().slice(0, 10);
}

function parseDay(value: string, endOfDay: boolean): number | undefined {
  if (!/^\d{4}-\d\d-\d\d$/.test(value)) return undefined;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return Number.isFinite(ms) ? ms + (endOfDay ? 86_400_000 - 1 : 0) : undefined;
}

export function FilterBar({ filter, speakers, sites, onChange }: FilterBarProps) {
  const set = (patch: Partial<LibraryFilter>) => onChange({ ...filter, ...patch });
  return (
    <section class="filters" aria-label="Search and filters">
      <input
        type="search"
        class="search"
        placeholder="Search quotes, claims, speakers and notes"
        aria-label="Search"
        value={filter.text ?? ''}
        onInput={(e) => set({ text: (e.currentTarget as HTMLInputElement).value })}
      />
      <div class="filter-row">
        <span class="filter-label">Tags</span>
        {TAG_ORDER.map((tag: Tag) => (
          <button
            type="button"
            key={tag}
            class={`chip tag-${tag}`}
            aria-pressed={filter.tags?.includes(tag) ?? false}
            onClick={() => set({ tags: toggle(filter.tags, tag) })}
          >
            {TAG_LABEL[tag]}
          </button>
        ))}
        <span class="filter-label">Kinds</span>
        {KINDS.map((kind) => (
          <button
            type="button"
            key={kind}
            class={`chip kind-${kind}`}
            aria-pressed={filter.kinds?.includes(kind) ?? false}
            onClick={() => set({ kinds: toggle(filter.kinds, kind) })}
          >
            {KIND_LABEL[kind].many}
          </button>
        ))}
      </div>
      <div class="filter-row">
        <Choice label="Speaker" any="Anyone" options={speakers} value={filter.speaker} onChange={(speaker) => set({ speaker })} />
        <Choice label="Site" any="Any site" options={sites} value={filter.site} onChange={(site) => set({ site })} />
        <label>
          From{' '}
          <input type="date" aria-label="From" value={dayOf(filter.from)} onChange={(e) => set({ from: parseDay((e.currentTarget as HTMLInputElement).value, false) })} />
        </label>
        <label>
          To{' '}
          <input type="date" aria-label="To" value={dayOf(filter.to)} onChange={(e) => set({ to: parseDay((e.currentTarget as HTMLInputElement).value, true) })} />
        </label>
        {filter.article && (
          <button type="button" class="chip" aria-pressed="true" title={filter.article} onClick={() => set({ article: undefined })}>
            One article ✕
          </button>
        )}
        <button type="button" class="button-quiet" onClick={() => onChange({})}>
          Clear filters
        </button>
      </div>
    </section>
  );
}

/** A labelled select over a list of values, with a first option that means "no filter". */
function Choice(props: { label: string; any: string; options: readonly string[]; value: string | undefined; onChange: (value: string | undefined) => void }) {
  return (
    <label>
      {props.label}{' '}
      <select aria-label={props.label} value={props.value ?? ''} onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value || undefined)}>
        <option value="">{props.any}</option>
        {props.options.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
    </label>
  );
}
