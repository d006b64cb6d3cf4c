// The legend of the page's highlights, and what they show: each speaker's colour (from the same
// palette the page uses, src/shared/speaker-colours.ts), the line of each kind, the reader's
// marks; a switch for all highlights and one per speaker. What is hidden here, and the kind and
// tag filters above, are hidden in the page too (App sends the page filter).
import type { LegendEntry } from '../shared/speaker-colours';
import { SPEAKER_KIND_LABEL } from './labels';

export interface PageLegendProps {
  legend: LegendEntry[];
  /** True when some findings have no speaker (they are listed as "Not attributed"). */
  unattributed: number;
  show: boolean;
  hidden: ReadonlySet<string>;
  onShow: (show: boolean) => void;
  onToggleSpeaker: (key: string) => void;
}

export function PageLegend({ legend, unattributed, show, hidden, onShow, onToggleSpeaker }: PageLegendProps) {
  return (
    <section class="legend" aria-labelledby="legend-title">
      <div class="legend-head">
        <h2 id="legend-title" class="section-title">
          On the page
        </h2>
        <label class="switch">
          <input type="checkbox" checked={show} onChange={(e) => onShow((e.currentTarget as HTMLInputElement).checked)} />
          Show highlights
        </label>
      </div>
      <ul class="legend-rows" aria-label="Speakers by colour">
        {legend.map((e) => (
          <li class="legend-row" key={e.key}>
            <span class="swatch" style={{ background: e.colour?.hex ?? 'transparent' }} aria-hidden="true" />
            <span class="legend-name" title={e.name}>
              {e.name}
            </span>
            <span class="legend-kind">{SPEAKER_KIND_LABEL[e.speakerKind]}</span>
            <button
              type="button"
              class="legend-toggle"
              aria-pressed={!hidden.has(e.key)}
              aria-label={`${hidden.has(e.key) ? 'Hidden' : 'Shown'} on the page: ${e.name}`}
              disabled={!show}
              onClick={() => onToggleSpeaker(e.key)}
            >
              {hidden.has(e.key) ? 'Hidden' : 'Shown'}
            </button>
          </li>
        ))}
        {unattributed > 0 && (
          <li class="legend-row" key="">
            <span class="swatch swatch-none" aria-hidden="true" />
            <span class="legend-name">Not attributed</span>
            <span class="legend-kind">no colour</span>
            <button
              type="button"
              class="legend-toggle"
              aria-pressed={!hidden.has('')}
              aria-label={`${hidden.has('') ? 'Hidden' : 'Shown'} on the page: findings without a speaker`}
              disabled={!show}
              onClick={() => onToggleSpeaker('')}
            >
              {hidden.has('') ? 'Hidden' : 'Shown'}
            </button>
          </li>
        )}
      </ul>
      <ul class="legend-lines" aria-label="Lines and marks">
        <li>
          <span class="line line-quote" aria-hidden="true" /> quote
        </li>
        <li>
          <span class="line line-claim" aria-hidden="true" /> claim
        </li>
        <li>
          <span class="line line-scare" aria-hidden="true" /> scare quote
        </li>
        <li>
          <span class="bar bar-disputed" aria-hidden="true" /> disputed
        </li>
        <li>
          <span class="bar bar-supported" aria-hidden="true" /> supported
        </li>
        <li>
          <span class="bar bar-needs-source" aria-hidden="true" /> needs source
        </li>
        <li>
          <span class="note-sign" aria-hidden="true">
            ✎
          </span>{' '}
          has a note
        </li>
      </ul>
    </section>
  );
}
