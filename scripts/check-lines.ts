/**
 * No source line over 120 characters (`npm run lint`). Prettier keeps code within
 * that width but leaves long strings and comments as they are; this finds them.
 * Data, generated files and third-party files are not source.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const MAX = 120;
const SOURCE = /\.(ts|js|mjs|css|html|mdx)$/;
const NOT_SOURCE = /^(public|data|schema|test\/fixtures)\//;

const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
  .split('\n')
  .filter((file) => SOURCE.test(file) && !NOT_SOURCE.test(file));
/** Characters as an editor counts them: code points, so that "é" or "€" is one and an emoji too. */
const characters = (line: string) => line.replace(/[\ud800-\udbff][\udc00-\udfff]/g, '_').length;

const long: string[] = [];
for (const file of files) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      // A line has at most as many code points as UTF-16 units: most need no count.
      if (line.length > MAX && characters(line) > MAX)
        long.push(`${file}:${index + 1}: ${characters(line)} characters`);
    });
}
if (long.length) {
  console.error(`${long.length} lines over ${MAX} characters:\n${long.join('\n')}`);
  process.exit(1);
}
