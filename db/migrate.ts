import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { fileURLToPath } from "node:url";
import type { Db } from "./client.server";

const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));

export function migrateDatabase(db: Db) {
  migrate(db, { migrationsFolder });
}
