// A page too big to annotate is refused with a message, never frozen (issue 12), in Chromium.
import { tooBigScenario } from './too-big-scenario';

tooBigScenario('chromium');
