// The library's edits, deletes with Undo, free-form tags and "Open at this annotation", in Firefox ESR. See library-edits-scenario.ts.
import { libraryEditsScenario } from './library-edits-scenario';

libraryEditsScenario('firefox');
