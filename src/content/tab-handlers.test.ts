import { describe, expect, it } from 'vitest';
import { CHANNEL, checkTabMessage, dispatch, fail, ok, type PageReport } from '../shared/messages';
import type { AnnotationRecord } from '../shared/model';
import type { ContentSession } from './session';
import { tabHandlers } from './tab-handlers';

const report: PageReport = { state: 'ready', message: null, article: null, annotations: [], orphaned: [], highlightsSupported: true };
const record = { id: 'auto-1', tags: ['disputed'] } as unknown as AnnotationRecord;

function fakeSession(updateOk = true) {
  const calls: string[] = [];
  const session = {
    annotate: async () => (calls.push('annotate'), report),
    report: () => (calls.push('report'), report),
    scrollTo: (id: string) => (calls.push(`scrollTo ${id}`), id === 'auto-1'),
    update: async () => (calls.push('update'), updateOk ? ok(record) : fail('not-found', 'No such annotation.')),
  } as unknown as ContentSession;
  return { session, calls };
}

const OWN = 'own-extension-id';
const send = (session: ContentSession, type: string, payload: unknown, senderId = OWN) =>
  dispatch(checkTabMessage, tabHandlers(session), { channel: CHANNEL, type, payload }, { id: senderId }, OWN);

describe('tab handlers', () => {
  it('answer each tab message through the session', async () => {
    const { session, calls } = fakeSession();
    expect(await send(session, 'annotate', {})).toEqual(ok(report));
    expect(await send(session, 'getFindings', {})).toEqual(ok(report));
    expect(await send(session, 'scrollTo', { id: 'auto-1' })).toEqual(ok({ found: true }));
    expect(await send(session, 'updateAnnotation', { id: 'auto-1', tags: ['disputed'] })).toEqual(ok(record));
    expect(calls).toEqual(['annotate', 'report', 'scrollTo auto-1', 'update']);
  });

  it('pass a store refusal on with its code', async () => {
    const { session } = fakeSession(false);
    expect(await send(session, 'updateAnnotation', { id: 'x', note: 'n' })).toEqual(fail('not-found', 'No such annotation.'));
  });

  it('refuse other senders and bad shapes without touching the session', async () => {
    const { session, calls } = fakeSession();
    expect((await send(session, 'annotate', {}, 'another-extension')).ok).toBe(false);
    const bad = await send(session, 'updateAnnotation', { id: 'x', tags: ['true'] });
    expect(bad.ok).toBe(false);
    expect(bad.ok ? '' : bad.code).toBe('invalid');
    expect((await send(session, 'deleteEverything', {})).ok).toBe(false);
    expect(calls).toEqual([]);
  });
});
