// The reader in charge (issue 11: speakers in colour, the legend, corrections), in Chromium.
import { readerScenario } from './reader-scenario';

readerScenario('chromium');
