/** Random valid files on <trade-sankey>: see valid-suite.ts. */
import { validSuite } from './valid-suite.ts';

validSuite('trade-sankey');
