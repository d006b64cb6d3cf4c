// Runs just before content.js on the sites the reader chose "always annotate on this site" for
// (registered by src/background/site-permissions.ts): it leaves a mark that content.js reads to
// annotate and restore the page without a click. Injected on demand, content.js finds no mark.
import { AUTO_START_KEY } from './auto-start-key';

(globalThis as typeof globalThis & { [AUTO_START_KEY]?: boolean })[AUTO_START_KEY] = true;
