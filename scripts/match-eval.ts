// `npm run match:eval -- FILE [--baseline] [--folds]`: loads a sweetspot-dataset/1 file into a
// throwaway database and search index, ranks the published products for every judged
// challenge with the code the pages use, and prints nDCG@10, P@5 and MRR (FORMAT.md). The last
// line is one JSON object. --baseline adds plain BM25 beside it; --folds the two halves of the
// judged challenges, to see whether quality holds across them.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Meilisearch } from "meilisearch";
import { openDatabase } from "../db/client.server";
import { migrateDatabase } from "../db/migrate";
import { challenges as challengeTable, products as productTable } from "../db/schema";
import { challengeDocuments, productDocuments } from "../search/from-database";
import { startSearchEngine } from "../search/start";
import { importDataset, validateDatasetText } from "../seed/import-dataset";
import type { Dataset } from "../seed/dataset-schema";
import { meanMetrics, rankingMetrics, type RankingMetrics } from "../app/domain/metrics";
import { matchProductsForChallenge } from "../app/services/matching.server";
import { bm25Rankings } from "./match-eval-baseline";

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--"));
const unknown = args.filter((a) => a.startsWith("--") && a !== "--baseline" && a !== "--folds");
if (!file || unknown.length) {
  console.error("Usage: npm run match:eval -- FILE [--baseline] [--folds]");
  console.error("Scores the matcher on a sweetspot-dataset/1 file with judgements (see shared/datasets/FORMAT.md).");
  process.exit(1);
}
const withBaseline = args.includes("--baseline");
const withFolds = args.includes("--folds");

const dir = mkdtempSync(join(tmpdir(), "sweetspot-eval-"));
const indexPrefix = `eval_${randomBytes(4).toString("hex")}_`;
const host = process.env.MEILI_HOST || undefined;
const apiKey = process.env.MEILI_MASTER_KEY || undefined;
let stopSearch = async () => {};

try {
  await main();
} catch (error) {
  console.error(`Cannot evaluate ${file}: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}

async function main() {
  const text = readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), file!), "utf8");
  const db = openDatabase(join(dir, "eval.db"));
  migrateDatabase(db);
  const validated = validateDatasetText(text, db);
  if (!validated.ok) throw new Error(`the file is not a valid dataset:\n  - ${validated.errors.slice(0, 20).join("\n  - ")}`);
  const dataset = validated.dataset;
  const judged = judgedChallenges(dataset);
  if (!judged.size) throw new Error("it has no judgements of grade 1 or more, so there is nothing to score.");
  importDataset(db, dataset);

  const search = await startSearchEngine({ host, apiKey, dataDir: dir, indexPrefix });
  stopSearch = search.stop;
  if (!search.ok) throw new Error(`no search engine: ${search.reason}`);
  const engine = search.engine;
  await engine.configure();
  await engine.upsert("challenges", challengeDocuments(db));
  await engine.upsert("products", productDocuments(db));

  const challengeIds = new Map(db.select({ id: challengeTable.id, key: challengeTable.key }).from(challengeTable).all().map((r) => [r.key!, r.id]));
  const productRows = db.select({ id: productTable.id, key: productTable.key, status: productTable.status }).from(productTable).all();
  const productKey = new Map(productRows.map((r) => [String(r.id), r.key!]));
  const published = productRows.filter((r) => r.status === "published").map((r) => r.key!);

  const rankings = new Map<string, string[]>();
  const latencies: number[] = [];
  let relevant = 0;
  let retrieved = 0;
  await matchProductsForChallenge(challengeIds.get(judged.keys().next().value!)!, { engine, db }); // warm the connection
  for (const key of judged.keys()) {
    const started = performance.now();
    const outcome = await matchProductsForChallenge(challengeIds.get(key)!, { engine, db, limit: published.length });
    latencies.push(performance.now() - started);
    if (!outcome?.available) throw new Error(outcome ? outcome.notice : `challenge ${key} was not imported`);
    // Products no query retrieved come last: every published product is ranked.
    const ranked = outcome.matches.map((m) => productKey.get(m.product.id)!);
    for (const [product, grade] of judged.get(key)!) {
      if (grade < 2) continue;
      relevant++;
      if (ranked.includes(product)) retrieved++;
    }
    const rest = published.filter((k) => !ranked.includes(k));
    rankings.set(key, [...ranked, ...rest]);
  }

  const score = (ranks: Map<string, string[]>, keys = [...judged.keys()]) =>
    meanMetrics(keys.map((k) => rankingMetrics(ranks.get(k)!, judged.get(k)!)));
  const rows: [string, RankingMetrics][] = [["Sweetspot matcher", score(rankings)]];
  if (withFolds) {
    // Alternate challenges by key: two halves with no say in how they were drawn.
    const keys = [...judged.keys()].sort();
    rows.push(["  half A", score(rankings, keys.filter((_, i) => i % 2 === 0))]);
    rows.push(["  half B", score(rankings, keys.filter((_, i) => i % 2 === 1))]);
  }
  let baseline: RankingMetrics | undefined;
  if (withBaseline) {
    const plain = bm25Rankings(dataset, [...judged.keys()], { structuredFit: false });
    const fitted = bm25Rankings(dataset, [...judged.keys()], { structuredFit: true });
    baseline = score(plain);
    rows.push(["Plain BM25", baseline], ["Plain BM25 + simple fit", score(fitted)]);
  }

  const sorted = [...latencies].sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  console.log(`Matching quality on ${file}: ${judged.size} judged challenges, ${published.length} published products.\n`);
  printTable(rows);
  console.log(`\nRetrieval brought back ${retrieved} of the ${relevant} products of grade 2 or more.`);
  console.log(`Match time per challenge (a few searches sent at once, then re-ranking): p50 ${pct(50).toFixed(1)} ms, p95 ${pct(95).toFixed(1)} ms.`);
  const [, ours] = rows[0];
  console.log(
    JSON.stringify({
      challenges: judged.size,
      "ndcg@10": ours.ndcg10,
      "p@5": ours.p5,
      mrr: ours.mrr,
      ...(baseline ? { baseline: { "ndcg@10": baseline.ndcg10, "p@5": baseline.p5, mrr: baseline.mrr } } : {}),
    }),
  );
  db.$client.close();
}

/** Challenge key → product key → grade, for challenges with a judgement of grade 1 or more. */
function judgedChallenges(dataset: Dataset): Map<string, Map<string, number>> {
  const all = new Map<string, Map<string, number>>();
  for (const j of dataset.judgements ?? []) {
    if (!all.has(j.challenge)) all.set(j.challenge, new Map());
    all.get(j.challenge)!.set(j.product, j.grade);
  }
  return new Map([...all].filter(([, grades]) => [...grades.values()].some((g) => g >= 1)));
}

function printTable(rows: [string, RankingMetrics][]) {
  const width = Math.max(...rows.map(([name]) => name.length));
  const cells = (name: string, values: string[]) => `${name.padEnd(width)}  ${values.map((v) => v.padStart(7)).join("  ")}`;
  console.log(cells("", ["nDCG@10", "P@5", "MRR"]));
  for (const [name, m] of rows) console.log(cells(name, [m.ndcg10, m.p5, m.mrr].map((v) => v.toFixed(3))));
}

async function cleanUp() {
  // An engine we did not start keeps running: remove our throwaway indexes from it.
  if (host) {
    const client = new Meilisearch({ host, apiKey });
    for (const index of ["challenges", "products"]) await client.deleteIndex(`${indexPrefix}${index}`).waitTask().catch(() => {});
  }
  await stopSearch();
  rmSync(dir, { recursive: true, force: true });
}
