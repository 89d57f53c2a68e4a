// Runs before each integration test file: a private copy of the migrated base database,
// and private search indexes.
import { randomBytes } from "node:crypto";
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
// One Meilisearch for the run; each file gets its own indexes (configured on first use).
process.env.MEILI_HOST = inject("meiliHost");
process.env.MEILI_MASTER_KEY = inject("meiliKey");
process.env.MEILI_INDEX_PREFIX = `t${randomBytes(4).toString("hex")}_`;

beforeEach(() => {
  resetRateLimits();
});
