/**
 * Random valid files on <trade-partner> (`LATER_RUNS.partner` cases, fewer than the first
 * five elements' 500, so that the file stays within ~15 s): see valid-suite.ts.
 */
import { validPartnerSuite } from './valid-suite.ts';

validPartnerSuite();
