// Starts the built site the way `npm start` does (minus the build, done once by `npm test`),
// on a free loopback port with a fresh database holding the regional demo data.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { TestProject } from "vitest/node";

let child: ChildProcess | undefined;
let dir: string;

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
    server.once("error", reject);
  });
}

export async function setup(project: TestProject) {
  if (!existsSync("build/server/index.js")) {
    throw new Error("No build found: run the end-to-end tests through `npm test`, which builds the site first.");
  }
  dir = mkdtempSync(join(tmpdir(), "sweetspot-e2e-"));
  const port = await freePort();
  const databasePath = join(dir, "sweetspot.db");
  const output: string[] = [];
  child = spawn(process.execPath, [resolve("node_modules/tsx/dist/cli.mjs"), "scripts/start.ts", "--no-build"], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATABASE_PATH: databasePath, DATA_DIR: dir, DEMO_MODE: "true", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => output.push(String(d)));
  child.stderr!.on("data", (d) => output.push(String(d)));
  const baseURL = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server stopped while starting:\n${output.join("")}`);
    try {
      if ((await fetch(`${baseURL}/healthz`)).ok) break;
    } catch {}
    if (Date.now() > deadline) throw new Error(`The server did not start within 60 s:\n${output.join("")}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  project.provide("baseURL", baseURL);
  project.provide("serverDatabasePath", databasePath);
}

export async function teardown() {
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child!.once("exit", r));
    child.kill("SIGTERM");
    await exited;
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
}
