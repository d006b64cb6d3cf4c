// The words the popup uses for kinds, tags and speaker kinds, in one place.
import type { SpeakerKind } from '../core/types';
import type { AnnotationKind, Tag } from '../shared/model';
import { TAGS } from '../shared/model';

export const KIND_LABEL: Record<AnnotationKind, { one: string; many: string }> = {
  quote: { one: 'Quote', many: 'Quotes' },
  claim: { one: 'Claim', many: 'Claims' },
  scare: { one: 'Scare quote', many: 'Scare quotes' },
  manual: { one: 'Marked', many: 'Marked by you' },
};

export const TAG_LABEL: Record<Tag, string> = {
  disputed: 'Disputed',
  supported: 'Supported',
  'needs-source': 'Needs source',
};

/** Tags in the order the buttons show them. */
export const TAG_ORDER: readonly Tag[] = TAGS;

export const SPEAKER_KIND_LABEL: Record<SpeakerKind, string> = {
  person: 'Person',
  organization: 'Organisation',
  anonymous: 'Anonymous source',
  unknown: 'Unknown',
};

/** "1 quote", "3 claims". */
export function countLabel(n: number, kind: AnnotationKind): string {
  const word = n === 1 ? KIND_LABEL[kind].one : KIND_LABEL[kind].many;
  return `${n} ${word.toLowerCase()}`;
}
