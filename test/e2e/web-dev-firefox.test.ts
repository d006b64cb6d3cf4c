// The web-dev corpus pages in Firefox ESR. See web-dev-scenario.ts.
import { webDevScenario } from './web-dev-scenario';

webDevScenario('firefox');
