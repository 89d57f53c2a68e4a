// What `npm run search:sync` and `npm run search:reindex` share: validated configuration, the
// migrated database, and an engine (MEILI_HOST, or a local Meilisearch from the data folder).
import { resolve } from "node:path";
import { z } from "zod";
import { ConfigError, parseConfig } from "../app/config.server";
import type { Db } from "../db/client.server";
import type { SearchEngine } from "../search/port";

const extra = z.object({
  MEILI_INDEX_PREFIX: z.string().regex(/^[A-Za-z0-9_-]*$/, "may hold only letters, digits, - and _").default(""),
});

export async function runSearchCommand(name: string, command: (engine: SearchEngine, db: Db) => Promise<number>) {
  const fail = (message: string): never => {
    console.error(`${name}: ${message}`);
    process.exit(1);
  };
  let config;
  let indexPrefix = "";
  try {
    config = parseConfig(process.env);
    const parsed = extra.safeParse(process.env);
    if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
    indexPrefix = parsed.data.MEILI_INDEX_PREFIX;
  } catch (error) {
    if (error instanceof ConfigError) fail(`cannot start.\n${error.message}`);
    throw error;
  }
  process.env.DATABASE_PATH = resolve(config.DATABASE_PATH);

  const { getDb } = await import("../db/client.server");
  const { migrateDatabase } = await import("../db/migrate");
  const { startSearchEngine } = await import("../search/start");
  const db = getDb();
  migrateDatabase(db);
  const search = await startSearchEngine({ host: config.MEILI_HOST, apiKey: config.MEILI_MASTER_KEY, dataDir: resolve(config.DATA_DIR), indexPrefix });
  if (!search.ok) {
    // A running server holds its local Meilisearch's data folder; it syncs by itself.
    fail(`search is unavailable: ${search.reason}. If the server is running it pushes the outbox itself; otherwise set MEILI_HOST.`);
    return;
  }
  let code = 1;
  try {
    code = await command(search.engine, db);
  } catch (error) {
    console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await search.stop();
    db.$client.close();
  }
  process.exit(code);
}
