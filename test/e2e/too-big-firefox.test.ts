// A page too big to annotate is refused with a message, never frozen (issue 12), in Firefox.
import { tooBigScenario } from './too-big-scenario';

tooBigScenario('firefox');
