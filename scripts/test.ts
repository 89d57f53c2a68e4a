// `npm test`: builds the site once, then runs the unit, integration and end-to-end tests.
// Browser tests need Chromium; without it they are skipped with a plain message, except
// under CI=true, where a missing browser is a failure.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { findChromium } from "../test/support/chromium";

const chromium = findChromium();
const ci = process.env.CI === "true";
if (!chromium) {
  if (ci) {
    console.error("npm test: Chromium was not found (CHROMIUM_PATH or chromium on the PATH), and CI=true needs it. Install it with: apt-get install -y chromium");
    process.exit(1);
  }
  console.warn("npm test: Chromium was not found (set CHROMIUM_PATH or install it with apt-get install -y chromium); browser tests will be SKIPPED.");
} else {
  process.env.CHROMIUM_PATH = chromium;
}

console.log("npm test: building the site for the end-to-end tests…");
const build = spawnSync(process.execPath, [resolve("node_modules/@react-router/dev/bin.js"), "build", "--logLevel", "error"], {
  stdio: ["ignore", "ignore", "inherit"],
  env: { ...process.env, NODE_ENV: "production" },
});
if (build.status !== 0) {
  console.error("npm test: the build failed.");
  process.exit(1);
}

const report = join(mkdtempSync(join(tmpdir(), "sweetspot-report-")), "report.json");
const args = process.argv.slice(2);
const run = spawnSync(
  process.execPath,
  [resolve("node_modules/vitest/vitest.mjs"), "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...args],
  { stdio: "inherit", env: process.env },
);

try {
  const r = JSON.parse(readFileSync(report, "utf8"));
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`\nvitest: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`);
} catch {
  console.log("\nvitest: no report was written");
}
process.exit(run.status ?? 1);
