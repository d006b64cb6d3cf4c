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

  it('shows how the article describes the speaker beside the name, never in it', () => {
    const { card, root } = makeCard();
    card.show({ ...data, speakerDescription: 'the harbour master' }, rect, { focus: false, pinned: false });
    expect(root.querySelector('.speaker')?.textContent).toBe('A. Spokesperson');
    expect(root.querySelector('.meta')?.textContent).toContain('the harbour master');
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

describe('Card corrections and keyboard', () => {
  const speakers = [
    { key: 'name:a. spokesperson', name: 'A. Spokesperson', speakerKind: 'person' as const, speakerId: null },
    { key: 'id:e7', name: 'The Ministry', speakerKind: 'organization' as const, speakerId: 'e7' },
  ];
  function withFix() {
    const correct = vi.fn(async () => null as string | null);
    const closed = vi.fn();
    const card = new Card(document, { setTags: async () => null, setNote: async () => null, correct, closed }, { mode: 'open', trustedOnly: false });
    return { card, root: card.host.shadowRoot!, correct, closed };
  }

  it('offers the article’s speakers, no speaker and a typed name, and sends what the reader picks', async () => {
    const { card, root, correct } = withFix();
    card.show({ ...data, speakers }, rect, { focus: true, pinned: true });
    const select = root.querySelector<HTMLSelectElement>('select[data-fix="speaker"]')!;
    expect([...select.options].map((o) => o.textContent)).toEqual(['A. Spokesperson', 'The Ministry', 'No speaker', 'Someone else…']);
    select.value = 'id:e7';
    select.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(correct).toHaveBeenCalledWith({ id: 'auto-1', speaker: { name: 'The Ministry', speakerKind: 'organization', speakerId: 'e7' } }));
    select.value = select.options[3]!.value;
    select.dispatchEvent(new Event('change'));
    const input = root.querySelector<HTMLInputElement>('.fix-other input')!;
    expect(root.activeElement).toBe(input);
    input.value = '  Jo   Bloggs ';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await vi.waitFor(() => expect(correct).toHaveBeenLastCalledWith({ id: 'auto-1', speaker: { name: 'Jo Bloggs', speakerKind: 'person', speakerId: null } }));
  });

  it('changes the kind (not a quote included), dismisses, and offers undo once corrected', async () => {
    const { card, root, correct } = withFix();
    card.show({ ...data, speakers }, rect, { focus: false, pinned: true });
    expect(root.querySelector<HTMLElement>('[data-fix="reset"]')!.hidden).toBe(true);
    const kind = root.querySelector<HTMLSelectElement>('select[data-fix="kind"]')!;
    expect([...kind.options].map((o) => o.textContent)).toEqual(['Quote', 'Claim', 'Scare quote', 'Not a quote']);
    kind.value = 'none';
    kind.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(correct).toHaveBeenCalledWith({ id: 'auto-1', kind: 'none' }));
    root.querySelector<HTMLButtonElement>('[data-fix="dismiss"]')!.click();
    await vi.waitFor(() => expect(correct).toHaveBeenCalledWith({ id: 'auto-1', dismissed: true }));
    card.update({ ...data, speakers, corrected: true });
    expect(root.querySelector<HTMLElement>('[data-fix="reset"]')!.hidden).toBe(false);
    root.querySelector<HTMLButtonElement>('[data-fix="reset"]')!.click();
    await vi.waitFor(() => expect(correct).toHaveBeenCalledWith({ id: 'auto-1', reset: true }));
    // A passage the reader marked keeps its kind: no kind choice.
    card.update({ ...data, kind: 'manual', origin: 'manual' });
    expect(kind.closest('label')!.hidden).toBe(true);
  });

  it('keeps Tab inside the open card, both ways', () => {
    const { card, root } = withFix();
    card.show({ ...data, speakers }, rect, { focus: true, pinned: true });
    const box = root.querySelector<HTMLElement>('.card')!;
    const controls = [...box.querySelectorAll<HTMLElement>('button, select, textarea, input')].filter((n) => !n.closest('[hidden]'));
    controls.at(-1)!.focus();
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }));
    expect(root.activeElement).toBe(controls[0]);
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true, cancelable: true }));
    expect(root.activeElement).toBe(controls.at(-1));
  });

  it('ignores made-up events when shipped (trusted only)', async () => {
    const correct = vi.fn(async () => null as string | null);
    const card = new Card(document, { setTags: async () => null, setNote: async () => null, correct }, { mode: 'open' });
    card.show({ ...data, speakers }, rect, { focus: true, pinned: true });
    const root = card.host.shadowRoot!;
    root.querySelector<HTMLButtonElement>('[data-fix="dismiss"]')!.click();
    root.querySelector<HTMLElement>('.card')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    expect(correct).not.toHaveBeenCalled();
    expect(card.isOpen).toBe(true);
  });

  it('tells its owner on close whether focus was in it and went back', () => {
    const { card, closed } = withFix();
    card.show({ ...data, speakers }, rect, { focus: true, pinned: true });
    card.hide();
    expect(closed).toHaveBeenCalledWith({ id: 'auto-1', hadFocus: true, returned: false });
  });
});

describe('Card free-form tags', () => {
  function withLabels(inUse: string[] = ['budget', 'kremlin']) {
    const setLabels = vi.fn(async () => null as string | null);
    const labelsInUse = vi.fn(async () => inUse);
    const card = new Card(document, { setTags: async () => null, setNote: async () => null, setLabels, labelsInUse }, { mode: 'open', trustedOnly: false });
    return { card, root: card.host.shadowRoot!, setLabels, labelsInUse };
  }
  const options = (root: ShadowRoot) => [...root.querySelectorAll('datalist option')].map((o) => o.getAttribute('value'));
  const chips = (root: ShadowRoot) => [...root.querySelectorAll('.label-chip')].map((c) => c.firstChild?.textContent);

  it('offers the tags in use but its own for completion, in the card’s own shadow root', async () => {
    const { card, root, labelsInUse } = withLabels();
    card.show({ ...data, labels: ['kremlin'] }, rect, { focus: false, pinned: true });
    await vi.waitFor(() => expect(options(root)).toEqual(['budget']));
    expect(labelsInUse).toHaveBeenCalledTimes(1);
    const input = root.querySelector<HTMLInputElement>('.label-input')!;
    expect(root.getElementById(input.getAttribute('list')!)?.tagName).toBe('DATALIST');
    expect(chips(root)).toEqual(['kremlin']);
  });

  it('adds a typed tag on Enter and a picked completion at once, and removes one', async () => {
    const { card, root, setLabels } = withLabels();
    card.show(data, rect, { focus: false, pinned: true });
    await vi.waitFor(() => expect(options(root)).toEqual(['budget', 'kremlin']));
    const input = root.querySelector<HTMLInputElement>('.label-input')!;
    input.value = '  Follow   up ';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await vi.waitFor(() => expect(setLabels).toHaveBeenLastCalledWith('auto-1', ['Follow up']));
    expect(input.value).toBe('');
    expect(chips(root)).toEqual(['Follow up']);
    // The browser puts a picked completion in whole, as no typed text.
    input.value = 'kremlin';
    input.dispatchEvent(new InputEvent('input', { inputType: 'insertReplacementText' }));
    await vi.waitFor(() => expect(setLabels).toHaveBeenLastCalledWith('auto-1', ['Follow up', 'kremlin']));
    expect(options(root)).toEqual(['budget']);
    // Letters typed one by one are not added before Enter, even when they spell a tag in use.
    input.value = 'budget';
    input.dispatchEvent(new InputEvent('input', { inputType: 'insertText' }));
    expect(setLabels).toHaveBeenCalledTimes(2);
    root.querySelector<HTMLButtonElement>('button[data-label="Follow up"]')!.click();
    await vi.waitFor(() => expect(setLabels).toHaveBeenLastCalledWith('auto-1', ['kremlin']));
    expect(chips(root)).toEqual(['kremlin']);
    await vi.waitFor(() => expect(root.querySelector('.status')?.textContent).toBe('Saved'));
  });

  it('gives the tags back when the store refuses them and says why', async () => {
    const { card, root, setLabels } = withLabels();
    setLabels.mockResolvedValueOnce('Not saved: the database is closed');
    card.show({ ...data, labels: ['budget'] }, rect, { focus: false, pinned: true });
    const input = root.querySelector<HTMLInputElement>('.label-input')!;
    input.value = 'kremlin,';
    input.dispatchEvent(new InputEvent('input', { inputType: 'insertText' }));
    await vi.waitFor(() => expect(root.querySelector('.status')?.textContent).toContain('Not saved'));
    expect(chips(root)).toEqual(['budget']);
  });

  it('offers no tag field to an owner that cannot store tags', () => {
    const { card, root } = makeCard();
    card.show(data, rect, { focus: false, pinned: true });
    expect(root.querySelector<HTMLElement>('.labels')!.hidden).toBe(true);
  });
});
