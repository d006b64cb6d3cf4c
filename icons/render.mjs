// Renders icons/icon.svg to the PNG sizes the manifest lists, with Debian's Chromium.
// Run by hand after editing the SVG (node icons/render.mjs); the PNGs are committed.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const svg = readFileSync(`${here}icon.svg`, 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium', args: ['--no-sandbox'] });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`);
  await page.screenshot({ path: `${here}icon-${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
