// The launcher's fallback id must be the one Chromium really gives the test build.
import { describe, expect, it } from 'vitest';
import { launchChromium, unpackedExtensionId } from './browsers';
import { DIST } from './paths';

describe('unpackedExtensionId', () => {
  it('matches the id of the loaded test build', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.openExtensionPage('popup.html?tab=0', '');
      expect(new URL(page.url()).host).toBe(unpackedExtensionId(DIST.chromium));
    } finally {
      await browser.close();
    }
  }, 60_000);
});
