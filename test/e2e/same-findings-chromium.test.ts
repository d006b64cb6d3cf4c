// Node and Chromium find the same on every web-dev page and the seed. See same-findings-scenario.ts.
import { sameFindingsScenario } from './same-findings-scenario';

sameFindingsScenario('chromium');
