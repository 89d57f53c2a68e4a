// The search port: what the app needs from a search engine, and nothing more. The one
// adapter is search/meilisearch.ts; services depend on this file only.
import type { ChallengeDocument, ProductDocument } from "./documents";

export type IndexName = "challenges" | "products";

export type DocumentOf<I extends IndexName> = I extends "challenges" ? ChallengeDocument : ProductDocument;

export type SearchQuery = {
  /** Free text; the engine reads only its first ten words. */
  q: string;
  /** Filter expressions, ANDed; build them with search/filters.ts so values are escaped. */
  filter?: string[];
  facets?: string[];
  sort?: string[];
  limit?: number;
  offset?: number;
  /** "all": every word must match; "last" drops words from the end; "frequency" drops common words first. */
  matchingStrategy?: "all" | "last" | "frequency";
  /** Restrict which attributes the text is matched against. */
  attributesToSearchOn?: string[];
  highlight?: boolean;
  /** Only these attributes of each hit; the rest of the document comes back empty. */
  attributesToRetrieve?: string[];
};

export type SearchHit<D> = {
  document: D;
  /** The engine's ranking score, 0–1. */
  score: number;
  /** Attribute → its text in pieces, the matched ones flagged; only with highlight: true.
   * Pieces, not HTML, so a record's own text can never become markup. */
  highlights: Record<string, HighlightPiece[]>;
};

export type HighlightPiece = { text: string; match: boolean };

export type SearchResult<D> = {
  hits: SearchHit<D>[];
  total: number;
  facets: Record<string, Record<string, number>>;
  processingTimeMs: number;
};

export type EngineHealth = { available: true } | { available: false; reason: string };

export interface SearchEngine {
  /** Creates the indexes if needed and applies their settings, waiting until applied. */
  configure(): Promise<void>;
  /** Adds or replaces documents by id, waiting until the engine has applied them. */
  upsert<I extends IndexName>(index: I, documents: DocumentOf<I>[]): Promise<void>;
  /** Removes documents by id, waiting until applied; unknown ids are fine. */
  remove(index: IndexName, ids: string[]): Promise<void>;
  /** Removes every document of an index, waiting until applied. */
  clear(index: IndexName): Promise<void>;
  search<I extends IndexName>(index: I, query: SearchQuery): Promise<SearchResult<DocumentOf<I>>>;
  /** Several searches at once, results in the same order. */
  multiSearch<I extends IndexName>(index: I, queries: SearchQuery[]): Promise<SearchResult<DocumentOf<I>>[]>;
  health(): Promise<EngineHealth>;
}

/** Thrown by an adapter when the engine cannot be reached or refuses a request. */
export class SearchUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "SearchUnavailableError";
  }
}
