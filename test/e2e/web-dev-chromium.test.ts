// The web-dev corpus pages in Debian's Chromium. See web-dev-scenario.ts.
import { webDevScenario } from './web-dev-scenario';

webDevScenario('chromium');
