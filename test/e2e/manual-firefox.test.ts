// Manual annotations, orphans in the popup and always-on sites, in Debian's Firefox ESR. See manual-scenario.ts.
import { manualScenario } from './manual-scenario';

manualScenario('firefox');
