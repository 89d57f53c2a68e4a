// Matching: a challenge's best products, a product's best challenges, and the published
// challenges like a draft. A few short queries, sent at once, retrieve candidates
// (app/domain/matching/queries.ts); the domain re-ranks them and says why.
import type { DbOrTx } from "../../db/client.server";
import { getDb } from "../../db/client.server";
import type { ChallengeDocument, ProductDocument } from "../../search/documents";
import { allOf, anyOf, equals } from "../../search/filters";
import { challengeDocuments, productDocuments } from "../../search/from-database";
import { SearchUnavailableError, type IndexName, type SearchEngine, type SearchQuery, type DocumentOf } from "../../search/port";
import type { MatchReasons } from "../domain/matching/explain";
import { challengeQueries, productQueries, RETRIEVAL, type MatchQuery } from "../domain/matching/queries";
import type { ChallengeForMatch, ProductForMatch } from "../domain/matching/records";
import { rankChallenges, rankProducts, rankSimilarChallenges } from "../domain/matching/score";
import { getSearchEngine, SEARCH_UNAVAILABLE } from "./search.server";

export type ProductMatch = { product: ProductDocument; score: number; reasons: MatchReasons };
export type ChallengeMatch = { challenge: ChallengeDocument; score: number; reasons: MatchReasons };
export type SimilarChallenge = { challenge: ChallengeDocument; score: number; matchedTerms: string[] };

export type MatchOutcome<M> = { available: true; matches: M[] } | { available: false; notice: string };

export type MatchOptions = {
  limit?: number;
  /** Defaults to the process's engine; the evaluation and tests bring their own. */
  engine?: SearchEngine | null;
  db?: DbOrTx;
};

const DEFAULT_LIMIT = 10;

/** The best published products for a challenge, or null if there is no such challenge. */
export async function matchProductsForChallenge(challengeId: number, options: MatchOptions = {}): Promise<MatchOutcome<ProductMatch> | null> {
  const [challenge] = challengeDocuments(options.db ?? getDb(), [challengeId]);
  return challenge ? productsMatching(challenge, options) : null;
}

/** The best published challenges for a product, or null if there is no such product. */
export async function matchChallengesForProduct(productId: number, options: MatchOptions = {}): Promise<MatchOutcome<ChallengeMatch> | null> {
  const [product] = productDocuments(options.db ?? getDb(), [productId]);
  return product ? challengesMatching(product, options) : null;
}

export async function productsMatching(challenge: ChallengeForMatch, options: MatchOptions = {}): Promise<MatchOutcome<ProductMatch>> {
  const found = await retrieve("products", challengeQueries(challenge), { areas: challenge.clinicalAreas, settings: challenge.careSettings }, options);
  if (!found.available) return found;
  const ranked = rankProducts(challenge, found.candidates).slice(0, options.limit ?? DEFAULT_LIMIT);
  return { available: true, matches: ranked.map((r) => ({ product: r.record, score: r.score, reasons: r.reasons })) };
}

export async function challengesMatching(product: ProductForMatch, options: MatchOptions = {}): Promise<MatchOutcome<ChallengeMatch>> {
  const found = await retrieve("challenges", productQueries(product), { areas: product.clinicalAreas, settings: product.careSettings }, options);
  if (!found.available) return found;
  const ranked = rankChallenges(product, found.candidates).slice(0, options.limit ?? DEFAULT_LIMIT);
  return { available: true, matches: ranked.map((r) => ({ challenge: r.record, score: r.score, reasons: r.reasons })) };
}

export type DraftChallenge = Partial<Pick<ChallengeForMatch, "title" | "summary" | "problem" | "desiredOutcomes" | "clinicalAreas" | "careSettings">>;

/** Published challenges like a draft, so the region does not post the same need twice. Only
 * those scoring at least `minScore` are shown: a panel of weak look-alikes is noise. */
export async function similarChallenges(
  draft: DraftChallenge,
  options: MatchOptions & { excludeId?: number; minScore?: number } = {},
): Promise<MatchOutcome<SimilarChallenge>> {
  const found = await retrieve("challenges", challengeQueries(draft), { areas: draft.clinicalAreas ?? [], settings: draft.careSettings ?? [] }, options);
  if (!found.available) return found;
  const others = found.candidates.filter((c) => c.id !== String(options.excludeId ?? ""));
  const ranked = rankSimilarChallenges(draft, others)
    .filter((r) => r.score >= (options.minScore ?? SIMILAR_MIN_SCORE))
    .slice(0, options.limit ?? 5);
  return { available: true, matches: ranked.map((r) => ({ challenge: r.record, score: r.score, matchedTerms: r.matchedTerms })) };
}

// Measured on shared/datasets/dev.json: a draft of a published need (its title or summary
// alone) scores 50 or more against it; distinct published needs score under 30 together.
export const SIMILAR_MIN_SCORE = 35;

type Retrieved<I extends IndexName> = { available: true; candidates: DocumentOf<I>[] } | { available: false; notice: string };

/** Runs the record's queries at once and merges their hits. The engine's ranking
 * scores are left behind: they say how well a short query matched, not the record. */
async function retrieve<I extends IndexName>(
  index: I,
  queries: MatchQuery[],
  { areas, settings }: { areas: readonly string[]; settings: readonly string[] },
  options: MatchOptions,
): Promise<Retrieved<I>> {
  const engine = options.engine === undefined ? getSearchEngine() : options.engine;
  if (!engine) return { available: false, notice: SEARCH_UNAVAILABLE };
  const published = equals("status", "published");
  const search: SearchQuery[] = queries
    .filter((q) => (!q.sameAreas || areas.length) && (!q.sameSettings || settings.length))
    .map((q) => ({
      q: q.q,
      filter: allOf(published, q.sameAreas ? anyOf("clinicalAreas", areas) : undefined, q.sameSettings ? anyOf("careSettings", settings) : undefined),
      matchingStrategy: "last",
      limit: RETRIEVAL.hitsPerQuery,
      // Ids only: whole documents made the response ~240 KB; the database has them in ~1 ms.
      attributesToRetrieve: ["id"],
    }));
  let results;
  try {
    results = await engine.multiSearch(index, search);
  } catch (error) {
    if (error instanceof SearchUnavailableError) return { available: false, notice: SEARCH_UNAVAILABLE };
    throw error;
  }
  const ids = new Set<number>();
  for (const result of results) for (const hit of result.hits) ids.add(Number(hit.document.id));
  const db = options.db ?? getDb();
  // Read afresh, and only what is still published: the index may lag a moment behind.
  const documents = (index === "products" ? productDocuments(db, [...ids]) : challengeDocuments(db, [...ids])) as DocumentOf<I>[];
  return { available: true, candidates: documents.filter((d) => d.status === "published") };
}
