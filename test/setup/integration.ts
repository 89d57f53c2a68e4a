// Runs before each integration test file: a private copy of the migrated base database.
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, inject } from "vitest";
import { resetRateLimits } from "../../app/services/rate-limit.server";

const dir = mkdtempSync(join(tmpdir(), "sweetspot-test-"));
const path = join(dir, "test.db");
copyFileSync(inject("baseDatabasePath"), path);
process.env.DATABASE_PATH = path;
process.env.DATA_DIR = dir;

beforeEach(() => {
  resetRateLimits();
});
