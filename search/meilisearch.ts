// The one search adapter, on the official client. Every failure to reach the engine, or a
// task the engine could not apply, surfaces as SearchUnavailableError so callers can degrade.
import {
  Meilisearch,
  MeilisearchApiError,
  MeilisearchError,
  type EnqueuedTaskPromise,
  type Hit,
  type SearchParams,
  type SearchResponse,
} from "meilisearch";
import type { DocumentOf, EngineHealth, HighlightPiece, IndexName, SearchEngine, SearchHit, SearchQuery, SearchResult } from "./port";
import { SearchUnavailableError } from "./port";
import { INDEX_SETTINGS } from "./settings";
import { nodeHttpClient } from "./http-client";

export type MeilisearchOptions = {
  host: string;
  apiKey?: string;
  /** Prepended to index names, so tests and the evaluation use their own indexes. */
  indexPrefix?: string;
  /** Per HTTP request. */
  timeoutMs?: number;
  /** How long to wait for the engine to apply a write. */
  taskTimeoutMs?: number;
};

// Control characters cannot appear in form input (the text schemas strip them), so they
// mark highlights unambiguously.
const PRE = "\u0002";
const POST = "\u0003";
const HIGHLIGHTED = ["title", "name", "summary"];

export function createMeilisearchEngine(options: MeilisearchOptions): SearchEngine {
  const client = new Meilisearch({ host: options.host, apiKey: options.apiKey, timeout: options.timeoutMs ?? 5000, httpClient: nodeHttpClient });
  const uid = (index: IndexName) => `${options.indexPrefix ?? ""}${index}`;
  const waitFor = async (task: EnqueuedTaskPromise, what: string) => {
    const done = await task.waitTask({ timeout: options.taskTimeoutMs ?? 30_000, interval: 25 });
    if (done.status !== "succeeded") throw new SearchUnavailableError(`Search engine could not ${what}: ${done.error?.message ?? done.status}`);
    return done;
  };

  return {
    configure: () =>
      guard("configure the indexes", async () => {
        for (const index of ["challenges", "products"] as const) {
          const created = await client.createIndex(uid(index), { primaryKey: "id" }).waitTask({ timeout: options.taskTimeoutMs ?? 30_000, interval: 25 });
          if (created.status !== "succeeded" && created.error?.code !== "index_already_exists") {
            throw new SearchUnavailableError(`Search engine could not create the ${index} index: ${created.error?.message ?? created.status}`);
          }
          await waitFor(client.index(uid(index)).updateSettings(INDEX_SETTINGS[index]), `apply the ${index} settings`);
        }
      }),
    upsert: (index, documents) =>
      guard("add documents", async () => {
        if (documents.length === 0) return;
        await waitFor(client.index(uid(index)).addDocuments(documents, { primaryKey: "id" }), `index ${documents.length} ${index}`);
      }),
    remove: (index, ids) =>
      guard("remove documents", async () => {
        if (ids.length === 0) return;
        await waitFor(client.index(uid(index)).deleteDocuments(ids), `remove ${ids.length} ${index}`);
      }),
    clear: (index) => guard("clear an index", async () => void (await waitFor(client.index(uid(index)).deleteAllDocuments(), `clear ${index}`))),
    search: (index, query) =>
      guard("search", async () => toResult(await client.index(uid(index)).search(query.q, toParams(query)))),
    // The engine runs one request's searches in turn but separate requests side by side. Two
    // requests, not one per search: each costs this process ~0.7 ms, for no more speed on two
    // cores. Alternate searches go to each, so both get a share of a caller's costliest.
    multiSearch: (index, queries) =>
      guard("search", async () => {
        const halves = [0, 1].map((side) => queries.filter((_, i) => i % 2 === side));
        const responses = await Promise.all(
          halves.map((part) => (part.length ? client.multiSearch({ queries: part.map((q) => ({ indexUid: uid(index), q: q.q, ...toParams(q) })) }) : undefined)),
        );
        return queries.map((_, i) => toResult(responses[i % 2]!.results[i >> 1]));
      }),
    health: async (): Promise<EngineHealth> => {
      try {
        await client.health();
        return { available: true };
      } catch (error) {
        return { available: false, reason: describe(error) };
      }
    },
  } satisfies SearchEngine as SearchEngine;

  function toResult<I extends IndexName>(response: SearchResponse): SearchResult<DocumentOf<I>> {
    return {
      hits: response.hits.map((hit) => toHit<I>(hit)),
      total: response.estimatedTotalHits ?? response.totalHits ?? response.hits.length,
      facets: (response.facetDistribution ?? {}) as Record<string, Record<string, number>>,
      processingTimeMs: response.processingTimeMs,
    };
  }
}

function toParams(query: SearchQuery): SearchParams {
  return {
    filter: query.filter && query.filter.length ? query.filter : undefined,
    facets: query.facets,
    sort: query.sort,
    limit: query.limit ?? 20,
    offset: query.offset ?? 0,
    matchingStrategy: query.matchingStrategy,
    attributesToSearchOn: query.attributesToSearchOn,
    attributesToRetrieve: query.attributesToRetrieve,
    showRankingScore: true,
    ...(query.highlight ? { attributesToHighlight: HIGHLIGHTED, highlightPreTag: PRE, highlightPostTag: POST } : {}),
  };
}

function toHit<I extends IndexName>(hit: Hit): SearchHit<DocumentOf<I>> {
  const { _formatted, _rankingScore, _matchesPosition, ...document } = hit;
  const highlights: Record<string, HighlightPiece[]> = {};
  for (const attribute of HIGHLIGHTED) {
    const text = _formatted?.[attribute];
    if (typeof text === "string") highlights[attribute] = pieces(text);
  }
  return { document: document as DocumentOf<I>, score: _rankingScore ?? 0, highlights };
}

/** Splits engine-marked text into plain and matched pieces. */
export function pieces(text: string): HighlightPiece[] {
  const out: HighlightPiece[] = [];
  for (const [i, part] of text.split(new RegExp(`[${PRE}${POST}]`)).entries()) {
    if (part) out.push({ text: part, match: i % 2 === 1 });
  }
  return out;
}

async function guard<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof SearchUnavailableError) throw error;
    // A 4xx from the engine is our bug (a bad filter, say), not an outage: let it surface.
    // (The client wraps whatever its HTTP transport throws, so look one level down too.)
    const api = error instanceof MeilisearchApiError ? error : error instanceof Error && error.cause instanceof MeilisearchApiError ? error.cause : null;
    if (api && api.response.status < 500) throw api;
    throw new SearchUnavailableError(`Search engine could not ${what}: ${describe(error)}`, { cause: error });
  }
}

function describe(error: unknown): string {
  if (error instanceof MeilisearchError) return error.message;
  return error instanceof Error ? error.message : String(error);
}
