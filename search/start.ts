// Gives a process its search engine: the configured MEILI_HOST, or else a local Meilisearch
// started from the npm-shipped binary. Used by npm start and the search and evaluation scripts.
import { createMeilisearchEngine } from "./meilisearch";
import { startLocalMeilisearch } from "./local-meilisearch";
import type { SearchEngine } from "./port";

export type RunningSearch =
  | { ok: true; engine: SearchEngine; host: string; apiKey?: string; local: boolean; stop(): Promise<void> }
  | { ok: false; reason: string; stop(): Promise<void> };

export async function startSearchEngine(options: { host?: string; apiKey?: string; dataDir: string; indexPrefix?: string }): Promise<RunningSearch> {
  const nothing = async () => {};
  if (options.host) {
    const engine = createMeilisearchEngine({ host: options.host, apiKey: options.apiKey, indexPrefix: options.indexPrefix });
    return { ok: true, engine, host: options.host, apiKey: options.apiKey, local: false, stop: nothing };
  }
  const local = await startLocalMeilisearch({ dataDir: options.dataDir });
  if (!local.ok) return { ok: false, reason: local.reason, stop: nothing };
  const engine = createMeilisearchEngine({ host: local.host, apiKey: local.apiKey, indexPrefix: options.indexPrefix });
  return { ok: true, engine, host: local.host, apiKey: local.apiKey, local: true, stop: local.stop };
}
