// Text relevance between a record and its candidates: BM25 over weighted fields (a match in a
// title or product name counts more than one deep in a description), with term rarity taken
// from the candidates themselves, so it needs no corpus statistics and costs a few
// milliseconds for a few hundred candidates.
import { eachTerm } from "./text";

export type Profile = {
  /** Term → field-weighted frequency. */
  tf: Map<string, number>;
  /** Field-weighted length in terms. */
  length: number;
  /** Term → as first written; only kept for a record used as the query, to explain matches. */
  surface: Map<string, string>;
};

export type WeightedField = readonly [text: string | null | undefined, weight: number];

export function profile(fields: readonly WeightedField[], { keepSurface = true } = {}): Profile {
  const tf = new Map<string, number>();
  const surface = new Map<string, string>();
  let length = 0;
  for (const [text, weight] of fields) {
    if (!text || weight <= 0) continue;
    eachTerm(text, (term, shown) => {
      length += weight;
      tf.set(term, (tf.get(term) ?? 0) + weight);
      if (keepSurface && !surface.has(term)) surface.set(term, shown);
    });
  }
  return { tf, length, surface };
}

export type Corpus = { idf(term: string): number; averageLength: number };

/** Rarity of each term among the records being ranked (BM25's idf, never negative). */
export function corpus(profiles: readonly Profile[]): Corpus {
  const df = new Map<string, number>();
  let total = 0;
  for (const p of profiles) {
    total += p.length;
    for (const term of p.tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  }
  const n = profiles.length;
  return {
    idf: (term) => {
      const d = df.get(term) ?? 0;
      return Math.log(1 + (n - d + 0.5) / (d + 0.5));
    },
    averageLength: n ? total / n : 1,
  };
}

export const BM25 = { k1: 1.2, b: 0.75, /** saturation of repeats in the (long) query */ k3: 1.5 };

export type Relevance = { score: number; terms: { term: string; contribution: number }[] };

/** BM25 of a document for a whole record used as the query. */
export function relevance(query: Profile, doc: Profile, c: Corpus, k = BM25): Relevance {
  const norm = k.k1 * (1 - k.b + (k.b * doc.length) / (c.averageLength || 1));
  const terms: Relevance["terms"] = [];
  let score = 0;
  for (const [term, qtf] of query.tf) {
    const tf = doc.tf.get(term);
    if (!tf) continue;
    const q = (qtf * (k.k3 + 1)) / (qtf + k.k3);
    const contribution = q * c.idf(term) * ((tf * (k.k1 + 1)) / (tf + norm));
    score += contribution;
    terms.push({ term, contribution });
  }
  terms.sort((a, b) => b.contribution - a.contribution);
  return { score, terms };
}

/** Cosine of two records' tf-idf vectors (log-scaled tf): 0–1 and the same both ways, for
 * telling whether two records of one kind say the same thing. Shared terms, most telling first. */
export function cosine(a: Profile, b: Profile, c: Corpus): Relevance {
  const weight = (tf: number, term: string) => (1 + Math.log(Math.max(1, tf))) * c.idf(term);
  let dot = 0;
  let na = 0;
  let nb = 0;
  const terms: Relevance["terms"] = [];
  for (const [term, tf] of a.tf) {
    const wa = weight(tf, term);
    na += wa * wa;
    const tb = b.tf.get(term);
    if (tb) {
      const contribution = wa * weight(tb, term);
      dot += contribution;
      terms.push({ term, contribution });
    }
  }
  for (const [term, tf] of b.tf) nb += weight(tf, term) ** 2;
  terms.sort((x, y) => y.contribution - x.contribution);
  return { score: na && nb ? dot / Math.sqrt(na * nb) : 0, terms };
}
