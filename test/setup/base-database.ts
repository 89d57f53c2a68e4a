// Migrates one base database per test run; each test file then works on its own copy.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../../db/client.server";
import { migrateDatabase } from "../../db/migrate";

let dir: string;

export function setup(project: TestProject) {
  dir = mkdtempSync(join(tmpdir(), "sweetspot-base-"));
  const path = join(dir, "base.db");
  const db = openDatabase(path);
  migrateDatabase(db);
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
  db.$client.close();
  project.provide("baseDatabasePath", path);
}

export function teardown() {
  rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    baseDatabasePath: string;
    baseURL: string;
    serverDatabasePath: string;
  }
}
