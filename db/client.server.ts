import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import * as schema from "./schema";

export function openDatabase(path: string) {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  return drizzle(sqlite, { schema });
}

export type Db = ReturnType<typeof openDatabase>;
/** The handle passed into a synchronous `db.transaction((tx) => …)` callback. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** Either the database or a transaction: services accept both so callers can compose them. */
export type DbOrTx = Db | Tx;

let instance: Db | undefined;
let instancePath: string | undefined;

/** The process's database, opened on first use from DATABASE_PATH. */
export function getDb(): Db {
  const path = process.env.DATABASE_PATH || "./data/sweetspot.db";
  if (!instance || instancePath !== path) {
    instance?.$client.close();
    instance = openDatabase(path);
    instancePath = path;
  }
  return instance;
}
