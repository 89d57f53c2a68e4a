// The match score: text relevance and structured fit combined into 0–100, the same way whether
// a challenge's products or a product's challenges are being ranked.
import { explain, explainTerms, type MatchReasons } from "./explain";
import { structuredFit, type Fit } from "./fit";
import type { ChallengeForMatch, ProductForMatch } from "./records";
import { candidateChallengeProfile, candidateProductProfile, challengeProfile, productProfile } from "./records";
import { corpus, cosine, relevance, type Profile, type Relevance } from "./relevance";

export type Weights = {
  /** Words in common: the candidate's BM25 as a share of the record's own (its score
   * against itself), reaching 1 at `textFull`. Absolute, so a poor best match stays poor. */
  text: number;
  textFull: number;
  areas: number;
  settings: number;
  readiness: number;
  region: number;
  /** The score is multiplied by this for each must-have the product does not meet. */
  missingMustHave: number;
};

// Text carries most: two records can share every tag and still be about different things.
// The parts sum to 1, so a perfect match on every count scores 100. A missing must-have is a
// requirement unmet, so it scales the whole score down rather than subtracting a little.
export const WEIGHTS: Weights = {
  text: 0.55,
  textFull: 0.3,
  areas: 0.17,
  settings: 0.13,
  readiness: 0.09,
  region: 0.06,
  missingMustHave: 0.6,
};

/** The shared terms worth naming: a word that added little to the score explains little. */
const telling = (terms: Relevance["terms"]) => terms.filter((t) => t.contribution >= 0.25 * (terms[0]?.contribution ?? 0));

export type Scored<D> = { record: D; score: number; reasons: MatchReasons; fit: Fit };

type Pair = { challenge: ChallengeForMatch; product: ProductForMatch };

function rank<D>(query: Profile, candidates: readonly D[], toProfile: (d: D) => Profile, pair: (d: D) => Pair, w: Weights): Scored<D>[] {
  const profiles = candidates.map(toProfile);
  const c = corpus(profiles);
  const self = Math.max(1e-9, relevance(query, query, c).score);
  const scored = candidates.map((record, i) => {
    const rel = relevance(query, profiles[i], c);
    const { challenge, product } = pair(record);
    const fit = structuredFit(challenge, product);
    const total =
      w.text * Math.min(1, rel.score / self / w.textFull) +
      w.areas * fit.areas +
      w.settings * fit.settings +
      w.readiness * fit.readiness +
      w.region * fit.region;
    const exact = total * w.missingMustHave ** fit.mustHavesMissing.length;
    const matched = telling(rel.terms).map((t) => query.surface.get(t.term) ?? t.term);
    return { record, score: Math.round(100 * Math.min(1, exact)), fit, reasons: explain(fit, matched, product), exact };
  });
  scored.sort((a, b) => b.exact - a.exact);
  return scored.map(({ exact: _exact, ...s }) => s);
}

/** Ranks candidate products for a challenge, best first. */
export function rankProducts<D extends ProductForMatch>(challenge: ChallengeForMatch, candidates: readonly D[], w = WEIGHTS): Scored<D>[] {
  return rank(challengeProfile(challenge), candidates, candidateProductProfile, (product) => ({ challenge, product }), w);
}

/** Ranks candidate challenges for a product, best first: the same scoring, the other way. */
export function rankChallenges<D extends ChallengeForMatch>(product: ProductForMatch, candidates: readonly D[], w = WEIGHTS): Scored<D>[] {
  return rank(productProfile(product), candidates, candidateChallengeProfile, (challenge) => ({ challenge, product }), w);
}

/** Two challenges alike: mostly their words (cosine, as likeness runs both ways and a short
 * draft must not look like everything), then their areas and settings (Jaccard). */
export const SIMILAR_WEIGHTS = { text: 0.85, areas: 0.1, settings: 0.05 };

export type Similar<D> = { record: D; score: number; matchedTerms: string[] };

export function rankSimilarChallenges<D extends ChallengeForMatch>(draft: Partial<ChallengeForMatch>, candidates: readonly D[], w = SIMILAR_WEIGHTS): Similar<D>[] {
  const query = challengeProfile(draft);
  const profiles = candidates.map(candidateChallengeProfile);
  const c = corpus(profiles);
  const jaccard = <T>(a: readonly T[] = [], b: readonly T[] = []) => {
    const union = new Set([...a, ...b]).size;
    return union ? a.filter((x) => b.includes(x)).length / union : 0;
  };
  return candidates
    .map((record, i) => {
      const rel = cosine(query, profiles[i], c);
      const exact = w.text * rel.score + w.areas * jaccard(draft.clinicalAreas, record.clinicalAreas) + w.settings * jaccard(draft.careSettings, record.careSettings);
      const matchedTerms = explainTerms(telling(rel.terms).map((t) => query.surface.get(t.term) ?? t.term));
      return { record, score: Math.round(100 * exact), matchedTerms, exact };
    })
    .sort((a, b) => b.exact - a.exact)
    .map(({ exact: _exact, ...s }) => s);
}
