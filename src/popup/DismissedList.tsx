// Findings the reader dismissed or said are not a quote: kept (so the engine does not bring them
// back), never painted, listed here with a way back.
import type { CorrectionPatch, Result } from '../shared/messages';
import type { AnnotationRecord } from '../shared/model';

export function DismissedList({
  annotations,
  onCorrect,
}: {
  annotations: AnnotationRecord[];
  onCorrect: (patch: CorrectionPatch) => Promise<Result<AnnotationRecord>>;
}) {
  if (annotations.length === 0) return null;
  return (
    <section class="dismissed" aria-labelledby="dismissed-title">
      <h2 id="dismissed-title" class="section-title">
        Dismissed by you ({annotations.length})
      </h2>
      <ul class="findings">
        {annotations.map((a) => (
          <li class="dismissed-row" key={a.id}>
            <span class="dismissed-text" title={a.text}>
              {a.correction?.kind === 'none' ? 'Not a quote: ' : ''}“{a.text}”
            </span>
            <button type="button" class="link-button" onClick={() => void onCorrect({ id: a.id, dismissed: false })}>
              Bring back
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
