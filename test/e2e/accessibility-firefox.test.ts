// axe-core on every screen of the extension, light and dark, in Firefox ESR. See accessibility-scenario.ts.
import { accessibilityScenario } from './accessibility-scenario';

accessibilityScenario('firefox');
