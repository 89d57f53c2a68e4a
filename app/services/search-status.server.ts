// The search section of the admin page: is the engine up, and how far behind is the index.
import { getDb } from "../../db/client.server";
import { outboxLag } from "../../search/outbox";
import { getSearchEngine } from "./search.server";

export type SearchStatus = {
  /** "missing": no engine configured (MEILI_HOST unset and no local engine). */
  engine: { state: "available" } | { state: "unavailable"; reason: string } | { state: "missing" };
  outbox: { pending: number; failing: number; oldestAgeMs: number | null; lastError: string | null };
};

export async function getSearchStatus(now = new Date()): Promise<SearchStatus> {
  const engine = getSearchEngine();
  const health = engine ? await engine.health() : null;
  const lag = outboxLag(getDb());
  return {
    engine: !health ? { state: "missing" } : health.available ? { state: "available" } : { state: "unavailable", reason: health.reason },
    outbox: {
      pending: lag.pending,
      failing: lag.failing,
      oldestAgeMs: lag.oldestAt ? Math.max(0, now.getTime() - lag.oldestAt.getTime()) : null,
      lastError: lag.lastError,
    },
  };
}
