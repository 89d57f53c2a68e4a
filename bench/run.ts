// `npm run bench`: runs each benchmark, prints its tables, and ends with one line of JSON
// holding every figure and ratio so that runs can be compared. Not part of `npm test`.
// `npm run bench -- --full` adds matching against 100,000 products (several minutes).
import { benchChallengeList } from "./challenge-list";
import { benchMatching, DEFAULT_SIZES, FULL_SIZES } from "./matching";
import { printTable, type BenchResult } from "./support";

const full = process.argv.includes("--full");
const BENCHES: (() => Promise<BenchResult>)[] = [benchChallengeList, () => benchMatching({ sizes: full ? FULL_SIZES : DEFAULT_SIZES })];

const figures: Record<string, unknown> = {
  node: process.version,
  at: new Date().toISOString(),
};
for (const bench of BENCHES) {
  const result = await bench();
  for (const table of result.tables) printTable(table);
  for (const note of result.notes ?? []) console.log(note);
  figures[result.name] = result.figures;
}
console.log();
console.log(JSON.stringify(figures));
