// The bounded fuzz run of `npm test`, pages 0–999 of 2,000 (two files, so two workers share it).
import { boundedRun } from './bounded-run';

boundedRun(0, 1000);
