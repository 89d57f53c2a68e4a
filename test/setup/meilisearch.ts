// Starts one real local Meilisearch for the whole test run (MEILI_HOST, if set, is used instead).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startLocalMeilisearch, type LocalMeilisearch } from "../../search/local-meilisearch";

let dir: string | undefined;
let local: LocalMeilisearch | undefined;

export async function setup(project: TestProject) {
  if (process.env.MEILI_HOST) {
    project.provide("meiliHost", process.env.MEILI_HOST);
    project.provide("meiliKey", process.env.MEILI_MASTER_KEY ?? "");
    return;
  }
  dir = mkdtempSync(join(tmpdir(), "sweetspot-meili-"));
  const started = await startLocalMeilisearch({ dataDir: dir });
  if (!started.ok) throw new Error(`The integration tests need Meilisearch: ${started.reason}`);
  local = started;
  project.provide("meiliHost", started.host);
  project.provide("meiliKey", started.apiKey);
}

export async function teardown() {
  await local?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    meiliHost: string;
    meiliKey: string;
  }
}
