// Who speaks, by colour: one stable, colour-blind-safe palette shared by the page's highlights
// and the popup's legend, so that a colour means the same speaker in both. People take the
// Okabe–Ito colours, organisations Paul Tol's muted ones, anonymous sources one grey; a finding
// with no speaker gets no colour (its kind still shows). Pure: no DOM, no browser API.
import type { SpeakerKind } from '../core/types';
import { isDismissed, type AnnotationRecord } from './model';

/** A palette slot: p0…p6 people, o0…o3 organisations, anon, none (no speaker). */
export type ColourSlot = `p${number}` | `o${number}` | 'anon' | 'none';

export interface SlotColour {
  slot: ColourSlot;
  /** "r, g, b" for rgba() in the page's highlight rules. */
  rgb: string;
  /** The same colour as #rrggbb (legend swatches). */
  hex: string;
}

const hexToRgb = (hex: string) =>
  [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ');

/** Okabe & Ito (2008): distinguishable with every common colour-vision deficiency. */
export const PERSON_COLOURS = ['#E69F00', '#56B4E9', '#009E73', '#CC79A7', '#F0E442', '#0072B2', '#D55E00'] as const;
/** Paul Tol's "muted" scheme, a second family for organisations and institutions. */
export const ORGANIZATION_COLOURS = ['#882255', '#999933', '#332288', '#44AA99'] as const;
export const ANONYMOUS_COLOUR = '#8C8C8C';

/** Every slot with its colour, for the page's style rules (none has no rule). */
export function allSlots(): SlotColour[] {
  const out: SlotColour[] = [];
  PERSON_COLOURS.forEach((hex, i) => out.push({ slot: `p${i}`, hex, rgb: hexToRgb(hex) }));
  ORGANIZATION_COLOURS.forEach((hex, i) => out.push({ slot: `o${i}`, hex, rgb: hexToRgb(hex) }));
  out.push({ slot: 'anon', hex: ANONYMOUS_COLOUR, rgb: hexToRgb(ANONYMOUS_COLOUR) });
  return out;
}

const tidy = (s: string) => s.trim().replace(/\s+/g, ' ');

/**
 * The key a finding's speaker is grouped and coloured by: the engine's speaker id where it gives
 * one, else the speaker's name (lower case, spaces tidied); '' for no speaker.
 */
export function speakerKeyOf(a: Pick<AnnotationRecord, 'speaker' | 'speakerId'>): string {
  if (a.speakerId) return `id:${a.speakerId}`;
  const name = tidy(a.speaker ?? '').toLowerCase();
  return name === '' ? '' : `name:${name}`;
}

/** One speaker of the legend. */
export interface LegendEntry {
  key: string;
  /** The name the article gives most often. */
  name: string;
  speakerKind: SpeakerKind;
  count: number;
  colour: SlotColour | null;
}

function mostCommon<T>(values: readonly [T, ...T[]] | T[]): T {
  const counts = new Map<T, number>();
  let best = values[0] as T;
  let bestCount = 0;
  for (const v of values) {
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > bestCount) [best, bestCount] = [v, c];
  }
  return best;
}

/**
 * The legend: every speaker of the annotations (dismissed ones left out), most findings first,
 * ties by first appearance in the order given (reading order), each with its colour. The n-th
 * person takes the n-th person colour (wrapping after seven), the n-th organisation likewise;
 * every anonymous source shares the grey.
 */
export function speakerLegend(annotations: readonly AnnotationRecord[]): LegendEntry[] {
  const groups = new Map<string, { first: number; list: AnnotationRecord[] }>();
  annotations.forEach((a, i) => {
    if (isDismissed(a)) return;
    const key = speakerKeyOf(a);
    if (key === '') return;
    const g = groups.get(key);
    if (g) g.list.push(a);
    else groups.set(key, { first: i, list: [a] });
  });
  const ordered = [...groups].sort(([, a], [, b]) => b.list.length - a.list.length || a.first - b.first);
  let people = 0;
  let bodies = 0;
  return ordered.map(([key, { list }]) => {
    const speakerKind = mostCommon(list.map((a) => a.speakerKind));
    const name = mostCommon(list.map((a) => tidy(a.speaker ?? '')));
    let colour: SlotColour | null;
    if (speakerKind === 'anonymous') colour = { slot: 'anon', hex: ANONYMOUS_COLOUR, rgb: hexToRgb(ANONYMOUS_COLOUR) };
    else if (speakerKind === 'organization') {
      const hex = ORGANIZATION_COLOURS[bodies % ORGANIZATION_COLOURS.length]!;
      colour = { slot: `o${bodies++ % ORGANIZATION_COLOURS.length}`, hex, rgb: hexToRgb(hex) };
    } else {
      const hex = PERSON_COLOURS[people % PERSON_COLOURS.length]!;
      colour = { slot: `p${people++ % PERSON_COLOURS.length}`, hex, rgb: hexToRgb(hex) };
    }
    return { key, name, speakerKind, count: list.length, colour };
  });
}

/** The colour slot of each speaker key (for painting). */
export function slotsBySpeaker(annotations: readonly AnnotationRecord[]): Map<string, ColourSlot> {
  return new Map(speakerLegend(annotations).map((e) => [e.key, e.colour?.slot ?? 'none']));
}
