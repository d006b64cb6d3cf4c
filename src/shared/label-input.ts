// What typing in a free-form tag field means, shared by the library's editor and the in-page card
// so that both add and complete tags the same way: Enter or a comma adds what was typed; picking
// one of the completions (the browser puts the whole value in at once, not as typed text) adds it
// at once. Pure: no DOM, no framework.
import { cleanLabel, cleanLabels, LABEL_LIMITS } from './model';

/** What an input event in the tag field asks for: add a tag, or keep the text as typed so far. */
export type LabelInput = { add: string } | { typed: string };

/**
 * Reads one input event of a tag field. value: the field's value after the event; inputType: the
 * InputEvent's (absent or not "insertText" when a completion was picked); suggestions: what the
 * field offers.
 */
export function readLabelInput(value: string, inputType: string | undefined, suggestions: readonly string[]): LabelInput {
  if (value.endsWith(',')) return { add: value.slice(0, -1) };
  if (suggestions.includes(value) && inputType !== 'insertText') return { add: value };
  return { typed: value };
}

/** The tags with text added (cleaned, sorted), or null when there is nothing new to add or no room. */
export function withLabel(labels: readonly string[], text: string): string[] | null {
  const label = cleanLabel(text);
  if (label === '' || labels.includes(label) || labels.length >= LABEL_LIMITS.count) return null;
  const next = cleanLabels([...labels, label]);
  return next.includes(label) ? next : null;
}

/** The tags in use that a field for an annotation with `own` tags offers: the others, each once, sorted. */
export function labelSuggestions(inUse: readonly unknown[], own: readonly string[]): string[] {
  const clean = inUse.filter((l): l is string => typeof l === 'string').map(cleanLabel);
  return [...new Set(clean)].filter((l) => l !== '' && !own.includes(l)).sort();
}
