// What the benchmarks share: a seeded random source, timing with a warm-up, percentiles,
// ratios to a floor, memory, and the plain-text table they print.
import { readdirSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

export type Table = { title: string; rows: string[][] };
export type BenchResult = { name: string; tables: Table[]; notes?: string[]; figures: Record<string, unknown> };
export type Stats = { median: number; p95: number; mean: number };
export type Timing = { warmUp: number; runs: number };

// A fixed seed, so every run measures the same data (mulberry32).
export function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const round = (n: number, places = 3) => Math.round(n * 10 ** places) / 10 ** places;

export function stats(times: number[]): Stats {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: round(at(0.5)), p95: round(at(0.95)), mean: round(times.reduce((a, b) => a + b, 0) / times.length) };
}

/** Runs `fn(i)` warmUp times untimed, then `runs` times timed; `i` lets a caller cycle inputs. */
export function time(fn: (i: number) => unknown, { warmUp, runs }: Timing): Stats {
  for (let i = 0; i < warmUp; i++) fn(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn(i);
    times.push(performance.now() - start);
  }
  return stats(times);
}

export async function timeAsync(fn: (i: number) => Promise<unknown>, { warmUp, runs }: Timing): Promise<Stats> {
  for (let i = 0; i < warmUp; i++) await fn(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    times.push(performance.now() - start);
  }
  return stats(times);
}

/** A figure over its floor, median to median and p95 to p95: absolute times drift on a shared machine. */
export function ratio(figure: Stats, floor: Stats) {
  return { median: round(figure.median / floor.median, 2), p95: round(figure.p95 / floor.p95, 2) };
}

export const ms = (n: number) => n.toFixed(2);
export const times = (n: number) => `${n.toFixed(1)}×`;

/** This process's memory, in MB. */
export function memory() {
  const { rss, heapUsed } = process.memoryUsage();
  return { rssMb: Math.round(rss / 2 ** 20), heapUsedMb: Math.round(heapUsed / 2 ** 20) };
}

/** Resident and peak memory (MB) of the process whose command line contains `marker`, from /proc. */
export function memoryOfProcess(marker: string): { rssMb: number; peakRssMb: number } | null {
  try {
    for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
      let cmdline: string;
      try {
        cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      } catch {
        continue; // gone meanwhile
      }
      if (!cmdline.includes(marker)) continue;
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? NaN);
      return { rssMb: Math.round(kb("VmRSS") / 1024), peakRssMb: Math.round(kb("VmHWM") / 1024) };
    }
  } catch {
    // no /proc here
  }
  return null;
}

export function printTable({ title, rows }: Table) {
  console.log(`\n${title}`);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ");
  console.log(line(rows[0]));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows.slice(1)) console.log(line(r));
}
