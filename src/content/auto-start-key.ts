// The mark auto-start.js leaves for content.js on an "always annotate" site. Its own module so
// content.js can read it without running auto-start.js's side effect.

/** Set to true on globalThis (the content scripts' shared world) by auto-start.js. */
export const AUTO_START_KEY = Symbol.for('sourcelight.auto-start');

/** True when auto-start.js ran in this world before content.js. */
export function autoStartRequested(g: object = globalThis): boolean {
  return (g as { [AUTO_START_KEY]?: unknown })[AUTO_START_KEY] === true;
}
