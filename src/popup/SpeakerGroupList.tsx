// The findings grouped by speaker, each group headed by the speaker's name, kind and count.
import type { AnnotationPatch, Result } from '../shared/messages';
import type { AnnotationRecord } from '../shared/model';
import { FindingItem } from './FindingItem';
import type { SpeakerGroup } from './group-findings';
import { SPEAKER_KIND_LABEL } from './labels';
import { speakerKeyOf } from '../shared/speaker-colours';

export interface SpeakerGroupListProps {
  groups: SpeakerGroup[];
  orphaned: ReadonlySet<string>;
  onShow: (id: string) => void;
  onUpdate: (patch: AnnotationPatch) => Promise<Result<AnnotationRecord>>;
  /** The page's colour of each speaker (speakerKeyOf -> #rrggbb), as the legend shows it. */
  colours?: ReadonlyMap<string, string>;
}

export function SpeakerGroupList({ groups, orphaned, onShow, onUpdate, colours }: SpeakerGroupListProps) {
  return (
    <div class="groups">
      {groups.map((g) => (
        <section class="group" key={g.key} aria-label={g.speaker ?? 'Not attributed'}>
          <h3 class="group-head">
            <span
              class={`speaker-dot speaker-${g.speaker ? g.speakerKind : 'none'}`}
              style={g.annotations[0] && colours?.get(speakerKeyOf(g.annotations[0])) ? { background: colours.get(speakerKeyOf(g.annotations[0])) } : undefined}
              aria-hidden="true"
            />
            <span class="group-name">{g.speaker ?? 'Not attributed'}</span>
            <span class="group-kind">{g.speaker ? SPEAKER_KIND_LABEL[g.speakerKind] : 'scare quotes, unsourced'}</span>
            <span class="group-count" aria-label={`${g.annotations.length} findings`}>
              {g.annotations.length}
            </span>
          </h3>
          <ul class="findings">
            {g.annotations.map((a) => (
              <FindingItem key={a.id} annotation={a} orphaned={orphaned.has(a.id)} onShow={onShow} onUpdate={onUpdate} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
