/** Random valid files on <trade-summary>: see valid-suite.ts. */
import { validSuite } from './valid-suite.ts';

validSuite('trade-summary');
