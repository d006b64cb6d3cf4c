// A note typed just before the tab closes or reloads is kept, in Debian's Chromium. See notes-scenario.ts.
import { notesScenario } from './notes-scenario';

notesScenario('chromium');
