// The reader in charge (issue 11: speakers in colour, the legend, corrections), in Firefox.
import { readerScenario } from './reader-scenario';

readerScenario('firefox');
