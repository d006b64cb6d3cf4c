// The popup's view of a page's annotations: filtered by kind and tag, grouped by speaker (the
// most quoted first, unattributed last), and the shares for the "who speaks" chart. Pure.
import type { SpeakerKind } from '../core/types';
import type { AnnotationKind, AnnotationRecord, Tag } from '../shared/model';

/** What the list shows: one kind or all, one tag (or untagged) or all. */
export interface ListFilter {
  kind: AnnotationKind | 'all';
  tag: Tag | 'untagged' | 'all';
}
export const NO_FILTER: ListFilter = { kind: 'all', tag: 'all' };

/** The annotations of one speaker. */
export interface SpeakerGroup {
  /** Normalised speaker name; '' for the group of unattributed findings. */
  key: string;
  /** The speaker as the article names them; null for unattributed findings. */
  speaker: string | null;
  /** The kind most of the group's findings give the speaker. */
  speakerKind: SpeakerKind;
  /** In reading order. */
  annotations: AnnotationRecord[];
}

/** One bar of the chart. */
export interface SpeakerShare {
  label: string;
  speakerKind: SpeakerKind | 'others';
  count: number;
}

export const matchesFilter = (a: AnnotationRecord, f: ListFilter): boolean =>
  (f.kind === 'all' || a.kind === f.kind) &&
  (f.tag === 'all' || (f.tag === 'untagged' ? a.tags.length === 0 : a.tags.includes(f.tag)));

const tidy = (speaker: string): string => speaker.trim().replace(/\s+/g, ' ');
const speakerKey = (speaker: string | null): string => tidy(speaker ?? '').toLowerCase();
/** One group per entity: the engine's speaker id where it gives one ("he", "Peskov" and "the Kremlin spokesman" are one), else the name. */
const groupKey = (a: AnnotationRecord): string => (a.speaker === null ? '' : a.speakerId ? `id:${a.speakerId}` : speakerKey(a.speaker));

function mostCommon<T>(values: T[], fallback: T): T {
  const counts = new Map<T, number>();
  let best = fallback;
  let bestCount = 0;
  for (const v of values) {
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > bestCount) [best, bestCount] = [v, c];
  }
  return best;
}

/**
 * Groups annotations by speaker: most findings first, ties by name; the unattributed group
 * (no speaker: scare quotes, unsourced claims) comes last whatever its size.
 */
export function groupBySpeaker(annotations: AnnotationRecord[]): SpeakerGroup[] {
  const groups = new Map<string, AnnotationRecord[]>();
  for (const a of annotations) {
    const key = groupKey(a);
    const list = groups.get(key);
    if (list) list.push(a);
    else groups.set(key, [a]);
  }
  const out: SpeakerGroup[] = [...groups].map(([key, list]) => ({
    key,
    speaker: key === '' ? null : mostCommon(list.map((a) => tidy(a.speaker!)), tidy(list[0]!.speaker!)),
    speakerKind: key === '' ? 'unknown' : mostCommon(list.map((a) => a.speakerKind), 'unknown' as SpeakerKind),
    annotations: list,
  }));
  return out.sort((a, b) => {
    if ((a.key === '') !== (b.key === '')) return a.key === '' ? 1 : -1;
    return b.annotations.length - a.annotations.length || a.key.localeCompare(b.key);
  });
}

/**
 * Who speaks how much: quotes and claims per named speaker (scare quotes are nobody's words),
 * the top `max` speakers and one "others" bar for the rest.
 */
export function speakerShares(annotations: AnnotationRecord[], max = 5): SpeakerShare[] {
  const spoken = annotations.filter((a) => a.kind !== 'scare' && speakerKey(a.speaker) !== '');
  const groups = groupBySpeaker(spoken);
  const top = groups.slice(0, max).map<SpeakerShare>((g) => ({
    label: g.speaker ?? '',
    speakerKind: g.speakerKind,
    count: g.annotations.length,
  }));
  const rest = groups.slice(max).reduce((n, g) => n + g.annotations.length, 0);
  if (rest > 0) top.push({ label: `${groups.length - max} others`, speakerKind: 'others', count: rest });
  return top;
}

/** How many annotations of each kind (for the filter chips and the summary line). */
export function countByKind(annotations: AnnotationRecord[]): Record<AnnotationKind, number> {
  const counts: Record<AnnotationKind, number> = { quote: 0, claim: 0, scare: 0, manual: 0 };
  for (const a of annotations) counts[a.kind]++;
  return counts;
}

/** How many annotations carry each tag, and how many carry none. */
export function countByTag(annotations: AnnotationRecord[]): Record<Tag | 'untagged', number> {
  const counts: Record<Tag | 'untagged', number> = { disputed: 0, supported: 0, 'needs-source': 0, untagged: 0 };
  for (const a of annotations) {
    if (a.tags.length === 0) counts.untagged++;
    for (const t of a.tags) counts[t]++;
  }
  return counts;
}
