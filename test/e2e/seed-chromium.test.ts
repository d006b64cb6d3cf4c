// The seed article story in Debian's Chromium (playwright-core). See seed-scenario.ts.
import { seedScenario } from './seed-scenario';

seedScenario('chromium');
