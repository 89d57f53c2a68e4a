// The search page: one query across published challenges and products, with facet counts
// and highlights. An engine that is down or missing gives a notice, never an error page.
import { allOf, anyOf, equals } from "../../search/filters";
import { SearchUnavailableError, type SearchResult } from "../../search/port";
import type { ChallengeDocument, ProductDocument } from "../../search/documents";
import { SEARCH_PAGE_SIZE, type SearchParams } from "../forms/search";
import { getSearchEngine, SEARCH_UNAVAILABLE } from "./search.server";

export type SearchOutcome =
  | { available: true; challenges: SearchResult<ChallengeDocument> | null; products: SearchResult<ProductDocument> | null }
  | { available: false; notice: string };

export async function searchRecords(params: SearchParams): Promise<SearchOutcome> {
  const engine = getSearchEngine();
  if (!engine) return { available: false, notice: SEARCH_UNAVAILABLE };
  const shared = allOf(equals("status", "published"), anyOf("clinicalAreas", params.clinicalAreas), anyOf("careSettings", params.careSettings), anyOf("place", params.places));
  const page = { limit: SEARCH_PAGE_SIZE, offset: (params.page - 1) * SEARCH_PAGE_SIZE, highlight: true };
  const sort = params.sort === "newest" ? ["publishedAt:desc"] : undefined;
  try {
    const [challenges, products] = await Promise.all([
      // A technology-type filter is about products, so it leaves no challenges.
      params.kind === "products" || params.technologyTypes.length
        ? null
        : engine.search("challenges", { q: params.q, filter: shared, facets: ["clinicalAreas", "careSettings", "place"], sort, ...page }),
      params.kind === "challenges"
        ? null
        : engine.search("products", {
            q: params.q,
            filter: [...shared, ...allOf(anyOf("technologyType", params.technologyTypes))],
            facets: ["clinicalAreas", "careSettings", "place", "technologyType"],
            sort,
            ...page,
          }),
    ]);
    return { available: true, challenges, products };
  } catch (error) {
    if (error instanceof SearchUnavailableError) return { available: false, notice: SEARCH_UNAVAILABLE };
    throw error;
  }
}
