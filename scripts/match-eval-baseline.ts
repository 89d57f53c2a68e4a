// The reference ranking of shared/datasets/FORMAT.md, computed in process so that it is plain
// BM25 and nothing else: each published product's name, summary, description and intended
// purpose as one document, the challenge's title, summary, problem and desired outcomes as
// the query (no ten-word limit, no stemming, no synonyms). With structuredFit, the "simple
// structured fit" FORMAT.md also reports: a boost per shared clinical area and care setting,
// and a penalty for a missing must-have.
import type { Dataset } from "../seed/dataset-schema";

const K1 = 1.2;
const B = 0.75;

const tokens = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

export function bm25Rankings(dataset: Dataset, challengeKeys: readonly string[], { structuredFit }: { structuredFit: boolean }): Map<string, string[]> {
  const products = dataset.products.filter((p) => p.status === "published");
  const docs = products.map((p) => tokens([p.name, p.summary, p.description, p.intendedPurpose].join(" ")));
  const tf = docs.map((d) => {
    const counts = new Map<string, number>();
    for (const t of d) counts.set(t, (counts.get(t) ?? 0) + 1);
    return counts;
  });
  const df = new Map<string, number>();
  for (const counts of tf) for (const t of counts.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  const avg = docs.reduce((s, d) => s + d.length, 0) / Math.max(1, n);
  const idf = (t: string) => Math.log(1 + (n - (df.get(t) ?? 0) + 0.5) / ((df.get(t) ?? 0) + 0.5));

  const rankings = new Map<string, string[]>();
  for (const key of challengeKeys) {
    const c = dataset.challenges.find((x) => x.key === key);
    if (!c) continue;
    const query = tokens([c.title, c.summary, c.problem, c.desiredOutcomes].join(" "));
    const scored = products.map((p, i) => {
      const norm = K1 * (1 - B + (B * docs[i].length) / avg);
      let score = 0;
      for (const t of query) {
        const f = tf[i].get(t) ?? 0;
        if (f) score += (idf(t) * f * (K1 + 1)) / (f + norm);
      }
      if (structuredFit) {
        const shared = (a: readonly string[], b: readonly string[]) => a.filter((x) => b.includes(x)).length;
        score *= 1 + 0.1 * shared(c.clinicalAreas, p.clinicalAreas) + 0.1 * shared(c.careSettings, p.careSettings);
        if ((c.mustHaves ?? []).some((m) => !(p.features ?? []).includes(m))) score *= 0.7;
      }
      return { key: p.key, score };
    });
    rankings.set(key, scored.sort((a, b) => b.score - a.score).map((s) => s.key));
  }
  return rankings;
}
