// `npm run db:migrate`: applies any migrations the database at DATABASE_PATH has not had yet
// (npm start does this too, before serving).
import { resolve } from "node:path";
import { ConfigError, parseConfig } from "../app/config.server";

try {
  const config = parseConfig(process.env);
  process.env.DATABASE_PATH = resolve(config.DATABASE_PATH);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`db:migrate: ${error.message}`);
  process.exit(1);
}
const { getDb } = await import("../db/client.server");
const { migrateDatabase } = await import("../db/migrate");
const db = getDb();
migrateDatabase(db);
db.$client.close();
console.log(`db:migrate: ${process.env.DATABASE_PATH} is up to date.`);
