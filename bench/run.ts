// `npm run bench`: runs each benchmark, prints its table, and ends with one line of JSON
// holding every figure so that runs can be compared. Not part of `npm test`.
import { benchChallengeList, type BenchResult } from "./challenge-list";

const BENCHES: (() => Promise<BenchResult>)[] = [benchChallengeList];

function printTable(rows: string[][]) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ");
  console.log(line(rows[0]));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows.slice(1)) console.log(line(r));
}

const figures: Record<string, unknown> = {
  node: process.version,
  at: new Date().toISOString(),
};
for (const bench of BENCHES) {
  const result = await bench();
  console.log(`\n${result.name}`);
  printTable(result.table);
  figures[result.name] = result.figures;
}
console.log();
console.log(JSON.stringify(figures));
