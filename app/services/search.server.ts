// The process-wide search engine, built from the environment like the database is:
// MEILI_HOST and MEILI_MASTER_KEY (npm start sets them for its local Meilisearch).
// Null means search is unavailable; pages say so and everything else carries on.
import { createMeilisearchEngine } from "../../search/meilisearch";
import type { SearchEngine } from "../../search/port";

let cached: { signature: string; engine: SearchEngine | null } | undefined;

export function getSearchEngine(): SearchEngine | null {
  const host = process.env.MEILI_HOST || undefined;
  const apiKey = process.env.MEILI_MASTER_KEY || undefined;
  const indexPrefix = process.env.MEILI_INDEX_PREFIX || "";
  const signature = signatureOf();
  if (cached?.signature !== signature) {
    // Pages must not wait long on a struggling engine: they degrade to a notice instead.
    cached = { signature, engine: host ? createMeilisearchEngine({ host, apiKey, indexPrefix, timeoutMs: 2000 }) : null };
  }
  return cached.engine;
}

/** For tests and scripts that bring their own engine (or none); undefined goes back to the environment's. */
export function setSearchEngine(engine: SearchEngine | null | undefined) {
  cached = engine === undefined ? undefined : { signature: signatureOf(), engine };
}

function signatureOf() {
  return `${process.env.MEILI_HOST || undefined}|${process.env.MEILI_MASTER_KEY || undefined}|${process.env.MEILI_INDEX_PREFIX || ""}`;
}

export const SEARCH_UNAVAILABLE = "Search is unavailable at the moment. Lists and filters still work; try searching again later.";
