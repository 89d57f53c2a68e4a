// `npm start`: validate configuration, migrate, load the demo data on first run, build, serve.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { ConfigError, parseConfig } from "../app/config.server";

function step(message: string) {
  console.log(`sweetspot: ${message}`);
}

let config;
try {
  config = parseConfig(process.env);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`sweetspot: cannot start.\n${error.message}`);
    process.exit(1);
  }
  throw error;
}

const started = Date.now();
process.env.DATABASE_PATH = resolve(config.DATABASE_PATH);
process.env.DATA_DIR = resolve(config.DATA_DIR);

const { getDb } = await import("../db/client.server");
const { migrateDatabase } = await import("../db/migrate");
const db = getDb();
migrateDatabase(db);
step(`database ready at ${process.env.DATABASE_PATH}`);

if (config.DEMO_MODE) {
  const { isEmpty, seedDemoData } = await import("../seed/demo");
  if (isEmpty(db)) {
    const counts = await seedDemoData(db);
    const { seedDemoActivity } = await import("../seed/demo-activity");
    await seedDemoActivity(db);
    step(
      `loaded the regional demo data: ${counts.organisations.created} organisations, ${counts.challenges.created} challenges, ${counts.products.created} products, a trial and two matches`,
    );
  }
}

// The engine starts while the site builds; a search engine that cannot start only costs search.
const { startSearchEngine } = await import("../search/start");
const searchStarting = startSearchEngine({ host: config.MEILI_HOST, apiKey: config.MEILI_MASTER_KEY, dataDir: process.env.DATA_DIR });

if (process.argv.includes("--no-build")) {
  step("skipping the build (--no-build)");
} else {
  step("building the site…");
  const build = spawnSync(process.execPath, [resolve("node_modules/@react-router/dev/bin.js"), "build", "--logLevel", "error"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (build.status !== 0) {
    console.error("sweetspot: the build failed (see above).");
    process.exit(1);
  }
}

const search = await searchStarting;
if (search.ok) {
  // The built app reads these, as it reads DATABASE_PATH.
  process.env.MEILI_HOST = search.host;
  if (search.apiKey) process.env.MEILI_MASTER_KEY = search.apiKey;
  try {
    await search.engine.configure();
    step(`search engine ready at ${search.host}${search.local ? " (local)" : ""}`);
  } catch (error) {
    step(`search engine not ready, writes will wait in the outbox: ${(error as Error).message}`);
  }
} else {
  step(`search is unavailable: ${search.reason}`);
}
// Pushes the outbox (the demo data included) and every later write to the index.
const { startOutboxWorker } = await import("../search/worker");
const outboxWorker = search.ok ? startOutboxWorker(search.engine, { db }) : null;

const { createApp, listen } = await import("../server/app");
const app = await createApp({ trustProxy: config.TRUST_PROXY });
const server = await listen(app, config.PORT, config.HOST);
const shownHost = config.HOST === "0.0.0.0" ? "localhost" : config.HOST;
step(`serving on http://${shownHost}:${config.PORT} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);

// Match alerts and notification emails (app/services/notification-worker.server.ts).
const { startNotificationWorker } = await import("../app/services/notification-worker.server");
const notificationWorker = startNotificationWorker();
step(`notification emails go to ${notificationWorker.description}`);

function shutdown() {
  step("stopping");
  void notificationWorker.stop();
  server.close(async () => {
    await outboxWorker?.stop();
    db.$client.close();
    void search.stop().finally(() => process.exit(0));
  });
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
