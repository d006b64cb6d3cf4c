// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Card, excerpt, placeCard, type CardData } from './card';

const data: CardData = {
  id: 'auto-1',
  kind: 'claim',
  text: 'the plan is on schedule',
  speaker: 'A. Spokesperson',
  speakerKind: 'person',
  cue: 'said',
  tags: [],
  note: '',
};

function makeCard() {
  const setTags = vi.fn(async () => null as string | null);
  const setNote = vi.fn(async () => null as string | null);
  const closed = vi.fn();
  const card = new Card(document, { setTags, setNote, closed }, { mode: 'open', trustedOnly: false });
  const root = card.host.shadowRoot!;
  return { card, root, setTags, setNote, closed };
}

const rect = { left: 10, top: 10, bottom: 30, right: 100, width: 90, height: 20, x: 10, y: 10 } as DOMRect;

afterEach(() => {
  document.documentElement.querySelectorAll('sourcelight-card').forEach((n) => n.remove());
});

describe('Card', () => {
  it('shows speaker, kind, cue and the text, outside the page body', () => {
    const { card, root } = makeCard();
    card.show(data, rect, { focus: false, pinned: false });
    expect(card.isOpen).toBe(true);
    expect(card.host.parentNode).toBe(document.documentElement);
    expect(root.querySelector('.speaker')?.textContent).toBe('A. Spokesperson');
    expect(root.querySelector('.kind')?.textContent).toBe('Claim');
    expect(root.querySelector('.meta')?.textContent).toContain('cue: “said”');
    expect(root.querySelector('.excerpt')?.textContent).toContain('the plan is on schedule');
  });

  it('toggles a verdict, saves it at once and shows it pressed', async () => {
    const { card, root, setTags } = makeCard();
    card.show(data, rect, { focus: true, pinned: true });
    const disputed = root.querySelector<HTMLButtonElement>('[data-tag="disputed"]')!;
    expect(root.activeElement).toBe(disputed);
    disputed.click();
    await vi.waitFor(() => expect(setTags).toHaveBeenCalledWith('auto-1', ['disputed']));
    expect(disputed.getAttribute('aria-pressed')).toBe('true');
    await vi.waitFor(() => expect(root.querySelector('.status')?.textContent).toBe('Saved'));
  });

  it('rolls back a verdict the store refused and says why', async () => {
    const { card, root, setTags } = makeCard();
    setTags.mockResolvedValueOnce('Not saved: the database is closed');
    card.show(data, rect, { focus: false, pinned: true });
    const button = root.querySelector<HTMLButtonElement>('[data-tag="supported"]')!;
    button.click();
    await vi.waitFor(() => expect(root.querySelector('.status')?.textContent).toContain('Not saved'));
    expect(button.getAttribute('aria-pressed')).toBe('false');
  });

  it('sends every change of the note at once, and anything unsent when the tab is hidden or closed', () => {
    const { card, root, setNote } = makeCard();
    card.show(data, rect, { focus: false, pinned: false });
    const note = root.querySelector('textarea')!;
    for (const text of ['c', 'ch', 'che']) {
      note.value = text;
      note.dispatchEvent(new Event('input'));
      // No timer, no await: the save has been asked for before the event returns.
      expect(setNote).toHaveBeenLastCalledWith('auto-1', text);
    }
    expect(setNote).toHaveBeenCalledTimes(3);
    // A change no input event reported (an IME, autofill): flushed on pagehide / visibilitychange.
    note.value = 'check';
    window.dispatchEvent(new Event('pagehide'));
    expect(setNote).toHaveBeenLastCalledWith('auto-1', 'check');
    note.value = 'checked';
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(setNote).toHaveBeenLastCalledWith('auto-1', 'checked');
    expect(setNote).toHaveBeenCalledTimes(5);
    delete (document as { visibilityState?: unknown }).visibilityState;
  });

  it('saves the note when the field loses focus and closes on Escape', async () => {
    const { card, root, setNote, closed } = makeCard();
    card.show(data, rect, { focus: false, pinned: true });
    const note = root.querySelector('textarea')!;
    note.value = 'check the ministry statement';
    note.dispatchEvent(new Event('input'));
    note.dispatchEvent(new Event('blur'));
    expect(setNote).toHaveBeenCalledWith('auto-1', 'check the ministry statement');
    root.querySelector('.card')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(card.isOpen).toBe(false);
    expect(closed).toHaveBeenCalled();
  });

  it('ignores events a page script made up in the default (shipped) mode', () => {
    const setTags = vi.fn(async () => null);
    const card = new Card(document, { setTags, setNote: async () => null }, { mode: 'open' });
    card.show(data, rect, { focus: false, pinned: true });
    card.host.shadowRoot!.querySelector<HTMLButtonElement>('[data-tag="disputed"]')!.click();
    expect(setTags).not.toHaveBeenCalled();
  });

  it('uses a closed shadow root unless told otherwise', () => {
    const card = new Card(document, { setTags: async () => null, setNote: async () => null });
    expect(card.host.shadowRoot).toBeNull();
  });

  it('takes updates made elsewhere for the open finding only', () => {
    const { card, root } = makeCard();
    card.show(data, rect, { focus: false, pinned: false });
    card.update({ ...data, tags: ['needs-source'] });
    expect(root.querySelector('[data-tag="needs-source"]')?.getAttribute('aria-pressed')).toBe('true');
    card.update({ ...data, id: 'other', tags: ['disputed'] });
    expect(root.querySelector('[data-tag="disputed"]')?.getAttribute('aria-pressed')).toBe('false');
  });
});

describe('placeCard', () => {
  const viewport = { width: 800, height: 600 };
  const size = { width: 320, height: 200 };
  it('goes below the highlight when there is room', () => {
    expect(placeCard({ left: 100, top: 100, bottom: 120 }, size, viewport)).toEqual({ left: 100, top: 128 });
  });
  it('goes above near the bottom, and stays inside on the right', () => {
    const spot = placeCard({ left: 700, top: 500, bottom: 520 }, size, viewport);
    expect(spot.top).toBe(500 - 8 - 200);
    expect(spot.left).toBe(800 - 320 - 8);
  });
});

describe('excerpt', () => {
  it('keeps short text and cuts long text at a word with an ellipsis', () => {
    expect(excerpt('  short   text ')).toBe('short text');
    const long = 'word '.repeat(100);
    const cut = excerpt(long, 50);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(51);
  });
});

describe('Card focus', () => {
  it('gives focus back to where it was when closed with Escape', () => {
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    const { card, root } = makeCard();
    card.show(data, rect, { focus: true, pinned: true });
    expect(document.activeElement).toBe(card.host);
    root.querySelector('.card')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(document.activeElement).toBe(button);
    button.remove();
  });
});
