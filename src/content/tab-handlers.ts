// Answers the tab-directed messages of the typed map (from the popup and the background), after
// the sender and shape checks in src/shared/messages.ts. Page scripts cannot reach this listener.
import { MessageError, type Handlers, type TabCalls } from '../shared/messages';
import type { ContentSession } from './session';
import { annotateSelection } from './manual-annotation';

export function tabHandlers(session: ContentSession): Handlers<TabCalls> {
  return {
    annotate: () => session.annotate(),
    getFindings: () => session.report(),
    scrollTo: ({ id }) => ({ found: session.scrollTo(id) }),
    updateAnnotation: async (patch) => {
      const result = await session.update(patch);
      if (!result.ok) throw new MessageError(result.code, result.error);
      return result.value;
    },
    correctAnnotation: async (patch) => {
      const result = await session.correct(patch);
      if (!result.ok) throw new MessageError(result.code, result.error);
      return result.value;
    },
    setFilter: async (filter) => {
      const painted = session.setFilter(filter);
      await session.drawn(); // the answer comes once the page shows it
      return { painted };
    },
    describePaint: () => session.describePaint(),
    annotateSelection: () => annotateSelection(session, session.doc),
    storeChanged: async ({ urls }) => ({ repainted: await session.storeChanged(urls) }),
    step: async ({ direction }) => {
      // The first press on a page not yet annotated annotates it, then lands on its first finding.
      if (session.report().state !== 'ready') await session.annotate();
      return { id: session.step(direction) };
    },
  };
}
