// "Who speaks how much": one horizontal bar per speaker (quotes and claims), largest first.
import type { SpeakerShare } from './group-findings';

/** Bar colours by speaker kind, as the legend names them. */
const LEGEND: ReadonlyArray<[SpeakerShare['speakerKind'], string]> = [
  ['person', 'people'],
  ['organization', 'organisations'],
  ['anonymous', 'anonymous sources'],
  ['unknown', 'unknown'],
];

export function SpeakerChart({ shares }: { shares: SpeakerShare[] }) {
  if (shares.length === 0) return null;
  const max = Math.max(...shares.map((s) => s.count));
  return (
    <section class="chart" aria-labelledby="chart-title">
      <h2 id="chart-title" class="section-title">
        Who speaks
      </h2>
      <ul class="chart-rows">
        {shares.map((s) => (
          <li class="chart-row" key={s.label}>
            <span class="chart-label" title={s.label}>
              {s.label}
            </span>
            <span class="chart-track" aria-hidden="true">
              <span class={`chart-bar speaker-${s.speakerKind}`} style={{ width: `${Math.max(4, (100 * s.count) / max)}%` }} />
            </span>
            <span class="chart-count">{s.count}</span>
          </li>
        ))}
      </ul>
      <ul class="chart-legend" aria-label="Colours">
        {LEGEND.filter(([kind]) => shares.some((s) => s.speakerKind === kind)).map(([kind, label]) => (
          <li key={kind}>
            <span class={`speaker-dot speaker-${kind}`} aria-hidden="true" /> {label}
          </li>
        ))}
      </ul>
    </section>
  );
}
