// The library's edits, deletes with Undo, free-form tags and "Open at this annotation", in Debian's Chromium. See library-edits-scenario.ts.
import { libraryEditsScenario } from './library-edits-scenario';

libraryEditsScenario('chromium');
