// Annotations that stay put, in Debian's Firefox ESR. See anchoring-scenario.ts.
import { anchoringScenario } from './anchoring-scenario';

anchoringScenario('firefox');
