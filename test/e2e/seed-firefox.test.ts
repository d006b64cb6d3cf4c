// The seed article story in Firefox ESR (puppeteer-core, WebDriver BiDi). See seed-scenario.ts.
import { seedScenario } from './seed-scenario';

seedScenario('firefox');
