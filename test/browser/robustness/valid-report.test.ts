/** Random valid files on <trade-report> and every chart in it: see valid-suite.ts. */
import { validReportSuite } from './valid-suite.ts';

validReportSuite();
