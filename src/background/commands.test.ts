// The shortcut: the manifest declares the command the worker listens for, it annotates the tab
// it was pressed on (or the active one), and a failure shows on the toolbar button.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { MessageError, type PageReport } from '../shared/messages';
import { ANNOTATE_COMMAND, NEXT_COMMAND, PREVIOUS_COMMAND, onCommand, type CommandDependencies } from './commands';

const report = { state: 'ready' } as PageReport;
function deps(over: Partial<CommandDependencies> = {}): CommandDependencies {
  return {
    activeTabId: vi.fn(async () => 9),
    annotate: vi.fn(async () => report),
    setBadge: vi.fn(async () => undefined),
    ...over,
  };
}

describe('annotate shortcut', () => {
  it('is declared in manifest.json with a suggested key', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));
    expect(manifest.commands[ANNOTATE_COMMAND].suggested_key.default).toMatch(/^(Alt|Ctrl)\+/);
  });

  it('annotates the tab it was pressed on', async () => {
    const d = deps();
    await onCommand(d, ANNOTATE_COMMAND, 3);
    expect(d.annotate).toHaveBeenCalledWith(3);
    expect(d.activeTabId).not.toHaveBeenCalled();
  });

  it('falls back to the active tab', async () => {
    const d = deps();
    await onCommand(d, ANNOTATE_COMMAND);
    expect(d.annotate).toHaveBeenCalledWith(9);
  });

  it('ignores other commands', async () => {
    const d = deps();
    await onCommand(d, 'something-else', 3);
    expect(d.annotate).not.toHaveBeenCalled();
  });

  it('shows a failure on the toolbar button instead of throwing', async () => {
    const d = deps({
      annotate: async () => {
        throw new MessageError('restricted', 'Your browser does not let extensions read this page.');
      },
    });
    await expect(onCommand(d, ANNOTATE_COMMAND, 3)).resolves.toBeUndefined();
    expect(d.setBadge).toHaveBeenCalledWith(3, '!', 'Sourcelight: Your browser does not let extensions read this page.');
  });
});

describe('stepping shortcuts', () => {
  it('are declared in manifest.json with suggested keys', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));
    for (const command of [NEXT_COMMAND, PREVIOUS_COMMAND]) expect(manifest.commands[command].suggested_key.default).toMatch(/^Alt\+Shift\+/);
  });

  it('step forwards and backwards in the tab they were pressed on, without the annotate command', async () => {
    const step = vi.fn(async () => ({ id: 'x' }));
    const d = deps({ step });
    await onCommand(d, NEXT_COMMAND, 3);
    await onCommand(d, PREVIOUS_COMMAND);
    expect(step.mock.calls).toEqual([
      [3, 'next'],
      [9, 'previous'],
    ]);
    expect(d.annotate).not.toHaveBeenCalled();
  });

  it('show a failed step on the toolbar button', async () => {
    const d = deps({
      step: async () => {
        throw new MessageError('restricted', 'Your browser does not let extensions read this page.');
      },
    });
    await onCommand(d, NEXT_COMMAND, 4);
    expect(d.setBadge).toHaveBeenCalledWith(4, '!', 'Sourcelight: Your browser does not let extensions read this page.');
  });
});
