// axe-core on every screen of the extension, light and dark, in Debian's Chromium. See accessibility-scenario.ts.
import { accessibilityScenario } from './accessibility-scenario';

accessibilityScenario('chromium');
