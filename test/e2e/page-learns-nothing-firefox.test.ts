// The page learns nothing of the reader's tags and notes (issue 12), in Firefox.
import { pageLearnsNothing } from './page-learns-nothing';

pageLearnsNothing('firefox');
