import { describe, expect, it } from "vitest";
import { meanMetrics, ndcgAt, precisionAt, rankingMetrics, reciprocalRank } from "../../app/domain/metrics";

const grades = new Map([
  ["a", 3],
  ["b", 2],
  ["c", 1],
  ["d", 0],
]);

describe("nDCG@10", () => {
  it("is 1 for the ideal ranking, unjudged items counting as 0", () => {
    expect(ndcgAt(["a", "b", "c", "x", "d"], grades)).toBeCloseTo(1, 10);
  });

  it("uses gain 2^grade − 1 and a log2 discount", () => {
    // Ranking c, a: (1/log2 2 + 7/log2 3) over the ideal 7/log2 2 + 3/log2 3 + 1/log2 4.
    const dcg = 1 / 1 + 7 / Math.log2(3);
    const ideal = 7 / 1 + 3 / Math.log2(3) + 1 / 2;
    expect(ndcgAt(["c", "a"], grades)).toBeCloseTo(dcg / ideal, 10);
  });

  it("looks only at the top ten", () => {
    const ranking = [...Array.from({ length: 10 }, (_, i) => `x${i}`), "a"];
    expect(ndcgAt(ranking, grades)).toBe(0);
  });
});

describe("P@5", () => {
  it("divides by the smaller of 5 and the number of relevant items", () => {
    expect(precisionAt(["a", "x", "y", "z", "w"], grades)).toBe(0.5);
    expect(precisionAt(["x", "y", "z", "b", "a"], grades)).toBe(1);
    const many = new Map(Array.from({ length: 8 }, (_, i) => [`r${i}`, 2] as const));
    expect(precisionAt(["r0", "r1", "x", "r2", "y", "r3"], many)).toBe(0.6);
  });

  it("does not count grade 1 as relevant", () => {
    expect(precisionAt(["c", "d"], grades)).toBe(0);
  });

  it("is 0 when nothing is relevant", () => {
    expect(precisionAt(["c"], new Map([["c", 1]]))).toBe(0);
  });
});

describe("MRR", () => {
  it("is 1 / the rank of the first item of grade 2 or more", () => {
    expect(reciprocalRank(["c", "d", "b"], grades)).toBeCloseTo(1 / 3, 10);
  });

  it("is 0 when none is in the top ten", () => {
    expect(reciprocalRank([...Array.from({ length: 10 }, (_, i) => `x${i}`), "a"], grades)).toBe(0);
  });
});

describe("meanMetrics", () => {
  it("averages each metric and rounds to three decimals", () => {
    const one = rankingMetrics(["a", "b", "c"], grades);
    const other = rankingMetrics(["d", "x", "c", "y", "z"], grades);
    expect(one).toEqual({ ndcg10: 1, p5: 1, mrr: 1 });
    expect(meanMetrics([one, other])).toEqual({ ndcg10: expect.closeTo((1 + other.ndcg10) / 2, 3), p5: 0.5, mrr: 0.5 });
    expect(meanMetrics([])).toEqual({ ndcg10: 0, p5: 0, mrr: 0 });
  });
});
