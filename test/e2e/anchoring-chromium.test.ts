// Annotations that stay put, in Debian's Chromium. See anchoring-scenario.ts.
import { anchoringScenario } from './anchoring-scenario';

anchoringScenario('chromium');
