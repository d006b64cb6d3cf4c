// The bounded fuzz run of `npm test`, pages 1000–1999 of 2,000 (two files, so two workers share it).
import { boundedRun } from './bounded-run';

boundedRun(1000, 2000);
