/** Random valid files on <trade-treemap>: see valid-suite.ts. */
import { validSuite } from './valid-suite.ts';

validSuite('trade-treemap');
