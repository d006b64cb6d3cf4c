// Filter chips: by kind (all, quotes, claims, scare quotes, marked) and by tag. Each chip is a
// toggle button with its count; kinds and tags with no findings are left out.
import type { AnnotationKind, Tag } from '../shared/model';
import type { ListFilter } from './group-findings';
import { KIND_LABEL, TAG_LABEL, TAG_ORDER } from './labels';

export interface FilterBarProps {
  filter: ListFilter;
  kindCounts: Record<AnnotationKind, number>;
  tagCounts: Record<Tag | 'untagged', number>;
  total: number;
  onChange: (filter: ListFilter) => void;
}

const KINDS: readonly AnnotationKind[] = ['quote', 'claim', 'scare', 'manual'];

function Chip(props: { pressed: boolean; label: string; count: number; onClick: () => void; className?: string }) {
  return (
    <button type="button" class={`chip ${props.className ?? ''}`} aria-pressed={props.pressed} onClick={props.onClick}>
      {props.label} <span class="chip-count">{props.count}</span>
    </button>
  );
}

export function FilterBar({ filter, kindCounts, tagCounts, total, onChange }: FilterBarProps) {
  const anyTag = TAG_ORDER.some((t) => tagCounts[t] > 0);
  return (
    <div class="filters">
      <div class="chip-row" role="group" aria-label="Show kind">
        <Chip pressed={filter.kind === 'all'} label="All" count={total} onClick={() => onChange({ ...filter, kind: 'all' })} />
        {KINDS.filter((k) => kindCounts[k] > 0).map((k) => (
          <Chip
            key={k}
            className={`kind-${k}`}
            pressed={filter.kind === k}
            label={KIND_LABEL[k].many}
            count={kindCounts[k]}
            onClick={() => onChange({ ...filter, kind: filter.kind === k ? 'all' : k })}
          />
        ))}
      </div>
      {anyTag && (
        <div class="chip-row" role="group" aria-label="Show tag">
          {TAG_ORDER.filter((t) => tagCounts[t] > 0).map((t) => (
            <Chip
              key={t}
              className={`tag-${t}`}
              pressed={filter.tag === t}
              label={TAG_LABEL[t]}
              count={tagCounts[t]}
              onClick={() => onChange({ ...filter, tag: filter.tag === t ? 'all' : t })}
            />
          ))}
          <Chip
            pressed={filter.tag === 'untagged'}
            label="Untagged"
            count={tagCounts.untagged}
            onClick={() => onChange({ ...filter, tag: filter.tag === 'untagged' ? 'all' : 'untagged' })}
          />
        </div>
      )}
    </div>
  );
}
