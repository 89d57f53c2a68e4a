// Ranking quality as shared/datasets/FORMAT.md defines it: nDCG@10 (gain 2^grade − 1, log2
// discount), P@5 over products of grade ≥ 2, and MRR of the first grade ≥ 2 in the top 10.
// An item with no judgement has grade 0.

export type Grades = ReadonlyMap<string, number>;
export type RankingMetrics = { ndcg10: number; p5: number; mrr: number };

const RELEVANT = 2;
const gain = (grade: number) => 2 ** grade - 1;
const discount = (rank: number) => Math.log2(rank + 1); // rank counts from 1

function dcg(grades: readonly number[], k: number): number {
  return grades.slice(0, k).reduce((sum, g, i) => sum + gain(g) / discount(i + 1), 0);
}

export function ndcgAt(ranking: readonly string[], grades: Grades, k = 10): number {
  const ideal = dcg([...grades.values()].sort((a, b) => b - a), k);
  return ideal > 0 ? dcg(ranking.map((id) => grades.get(id) ?? 0), k) / ideal : 0;
}

/** Relevant items in the top k over min(k, relevant items): 1.0 is always reachable. 0 when
 * nothing is relevant, as MRR is. */
export function precisionAt(ranking: readonly string[], grades: Grades, k = 5): number {
  const relevant = [...grades.values()].filter((g) => g >= RELEVANT).length;
  if (!relevant) return 0;
  const hits = ranking.slice(0, k).filter((id) => (grades.get(id) ?? 0) >= RELEVANT).length;
  return hits / Math.min(k, relevant);
}

/** 1 / rank of the first relevant item within the top k, else 0. */
export function reciprocalRank(ranking: readonly string[], grades: Grades, k = 10): number {
  const at = ranking.slice(0, k).findIndex((id) => (grades.get(id) ?? 0) >= RELEVANT);
  return at < 0 ? 0 : 1 / (at + 1);
}

export function rankingMetrics(ranking: readonly string[], grades: Grades): RankingMetrics {
  return { ndcg10: ndcgAt(ranking, grades), p5: precisionAt(ranking, grades), mrr: reciprocalRank(ranking, grades) };
}

/** The mean of each metric, to three decimals as reported. */
export function meanMetrics(all: readonly RankingMetrics[]): RankingMetrics {
  const mean = (pick: (m: RankingMetrics) => number) => (all.length ? Math.round((1000 * all.reduce((s, m) => s + pick(m), 0)) / all.length) / 1000 : 0);
  return { ndcg10: mean((m) => m.ndcg10), p5: mean((m) => m.p5), mrr: mean((m) => m.mrr) };
}
