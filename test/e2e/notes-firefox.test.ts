// A note typed just before the tab closes or reloads is kept, in Firefox ESR. See notes-scenario.ts.
import { notesScenario } from './notes-scenario';

notesScenario('firefox');
