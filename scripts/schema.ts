/**
 * Writes the data contract's JSON Schemas from its TypeScript types: the single
 * source is src/data/contract.ts (types and JSDoc), read by ts-json-schema-generator.
 *
 *   npx tsx scripts/schema.ts           (npm run schema) writes schema/*.schema.json
 *   npx tsx scripts/schema.ts --check   exits 1 when the committed files differ
 *
 * The generator writes draft-07; three mechanical steps make it Draft 2020-12 (each
 * a rename of what the generator already says, no rule is added here):
 *   1. `$schema` is the 2020-12 URI, and `$schema`, `$id`, `title`, `description`
 *      come first at the root, `$defs` last (the rest keeps the generator's order);
 *   2. `definitions` becomes `$defs`, and `#/definitions/…` references `#/$defs/…`;
 *   3. a tuple's `items: [a, b, c]` becomes `prefixItems: [a, b, c]` (its
 *      `minItems`/`maxItems` already forbid other lengths).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Each schema file and the type of contract.ts it describes. */
export const SCHEMAS: Record<string, string> = {
  'schema/trade-data.schema.json': 'TradeDataFile',
  'schema/index.schema.json': 'DataIndexFile',
  'schema/series.schema.json': 'TradeSeriesFile',
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Steps 2 and 3, everywhere in the tree. */
function to2020(node: Json): Json {
  if (Array.isArray(node)) return node.map(to2020);
  if (node === null || typeof node !== 'object') return node;
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') out[key] = value.replace(/^#\/definitions\//, '#/$defs/');
    else if (key === 'items' && Array.isArray(value)) out.prefixItems = to2020(value);
    else out[key === 'definitions' ? '$defs' : key] = to2020(value);
  }
  return out;
}

/** The files' text, generated from contract.ts: path → JSON, 2-space, trailing newline. */
export function generateSchemas(): Record<string, string> {
  const generator = createGenerator({
    path: `${ROOT}src/data/contract.ts`,
    tsconfig: `${ROOT}tsconfig.json`,
    // The root type's rules at the schema's root, not behind a $ref.
    topRef: false,
    // As the validator: fields it does not know are ignored, not refused.
    additionalProperties: true,
    // Properties in the order of contract.ts.
    sortProps: false,
  });
  const files: Record<string, string> = {};
  for (const [file, type] of Object.entries(SCHEMAS)) {
    const { $id, title, description, $defs, ...rest } = to2020(generator.createSchema(type) as Json) as {
      [key: string]: Json;
    };
    // The generator's draft-07 `$schema` gives way to 2020-12's, written first below.
    delete rest.$schema;
    const schema = { $schema: 'https://json-schema.org/draft/2020-12/schema', $id, title, description, ...rest, $defs };
    files[file] = `${JSON.stringify(schema, null, 2)}\n`;
  }
  return files;
}

/** The files whose committed text differs from the generated one. */
export function staleSchemas(files = generateSchemas()): string[] {
  return Object.entries(files)
    .filter(([file, text]) => {
      try {
        return readFileSync(`${ROOT}${file}`, 'utf8') !== text;
      } catch {
        return true;
      }
    })
    .map(([file]) => file);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const files = generateSchemas();
  if (process.argv.includes('--check')) {
    const stale = staleSchemas(files);
    for (const file of stale)
      console.error(`${file} is not what src/data/contract.ts generates: run npx tsx scripts/schema.ts`);
    process.exit(stale.length ? 1 : 0);
  }
  for (const [file, text] of Object.entries(files)) {
    writeFileSync(`${ROOT}${file}`, text);
    console.log(`wrote ${file}`);
  }
}
