/** Random valid files on <trade-balance>: see valid-suite.ts. */
import { validSuite } from './valid-suite.ts';

validSuite('trade-balance');
