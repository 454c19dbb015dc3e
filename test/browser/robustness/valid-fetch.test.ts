/** Random valid files loaded through the network, every element: see valid-suite.ts. */
import { validFetchSuite } from './valid-suite.ts';

validFetchSuite();
