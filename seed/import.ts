// `npm run import -- FILE`: migrate, validate the whole dataset file, then load it all or nothing.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import { ConfigError, parseConfig } from "../app/config.server";

const MAX_ERRORS_SHOWN = 50;

function fail(lines: string[]): never {
  console.error(lines.join("\n"));
  process.exit(1);
}

const args = z.tuple([z.string().trim().min(1)]).safeParse(process.argv.slice(2));
if (!args.success) fail(["Usage: npm run import -- FILE", "Loads a sweetspot-dataset/1 JSON file (see shared/datasets/FORMAT.md)."]);
const file = args.data[0];

let config;
try {
  config = parseConfig(process.env);
} catch (error) {
  if (error instanceof ConfigError) fail([`Cannot import: ${error.message}`]);
  throw error;
}
process.env.DATABASE_PATH = resolve(config.DATABASE_PATH);

// npm runs scripts from the package folder; a relative FILE means the caller's folder.
let text: string;
try {
  text = readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), file), "utf8");
} catch (error) {
  fail([`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`, "Nothing was imported."]);
}

const { getDb } = await import("../db/client.server");
const { migrateDatabase } = await import("../db/migrate");
const { importDataset, validateDatasetText } = await import("./import-dataset");
const db = getDb();
migrateDatabase(db);

const result = validateDatasetText(text, db);
if (!result.ok) {
  const shown = result.errors.slice(0, MAX_ERRORS_SHOWN).map((e) => `  - ${e}`);
  const more = result.errors.length - shown.length;
  fail([
    `Cannot import ${file}: ${result.errors.length} ${result.errors.length === 1 ? "error" : "errors"}.`,
    ...shown,
    ...(more > 0 ? [`  …and ${more} more`] : []),
    "Nothing was imported.",
  ]);
}

let counts;
try {
  counts = importDataset(db, result.dataset);
} catch (error) {
  // Validation should catch everything; anything else (a full disk, a locked file) still rolls back.
  fail([`Cannot import ${file}: ${error instanceof Error ? error.message : String(error)}`, "Nothing was imported."]);
}
db.$client.close();

const part = (name: string, c: { created: number; updated: number }) => `${name} ${c.created} created, ${c.updated} updated`;
const judgements = result.dataset.judgements?.length ?? 0;
console.log(
  `Imported ${file}: ${part("organisations", counts.organisations)}; ${part("challenges", counts.challenges)}; ${part("products", counts.products)}.` +
    (judgements ? `\nChecked ${judgements} judgements (not stored: the evaluation reads them from the file).` : ""),
);
