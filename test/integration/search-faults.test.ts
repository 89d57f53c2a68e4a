// A search engine that is down never fails or loses a write (DESIGN "Sync without loss"). msw
// makes the real Meilisearch answer 500s or hang; a closed port stands in for a refused
// connection. Writes succeed, pages say search is unavailable, the outbox keeps every change
// with its back-off, and once the engine is back the index catches up exactly.
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { getDb } from "../../db/client.server";
import * as admin from "../../app/routes/admin";
import * as challengeDetail from "../../app/routes/challenges/detail";
import * as newChallenge from "../../app/routes/challenges/new";
import * as productDetail from "../../app/routes/products/detail";
import * as newProduct from "../../app/routes/products/new";
import * as searchPage from "../../app/routes/search";
import { SEARCH_UNAVAILABLE, setSearchEngine } from "../../app/services/search.server";
import { createMeilisearchEngine } from "../../search/meilisearch";
import type { SearchEngine } from "../../search/port";
import { BACKOFF_CAP_MS, syncOutbox } from "../../search/sync";
import { startOutboxWorker } from "../../search/worker";
import { hangs, serverErrors } from "../mocks/meilisearch";
import { signedIn } from "../support/factories";
import { challengeForm, closedPort, indexedIds, outboxRows, productForm, publicIds } from "../support/outbox";
import { call, getRequest, postRequest } from "../support/routes";

const host = inject("meiliHost");
const server = setupServer();
const connect = (to: string) =>
  createMeilisearchEngine({ host: to, apiKey: inject("meiliKey"), indexPrefix: process.env.MEILI_INDEX_PREFIX, timeoutMs: 300 });
const engine = connect(host);
const db = () => getDb();
const idOf = (result: { location: string | null }) => Number(result.location!.split("/").pop());

// The test's clock, so back-offs can pass without waiting for them.
let clock = Date.now();
const now = () => new Date(clock);

beforeAll(async () => {
  await engine.configure();
  server.listen({ onUnhandledRequest: "bypass" });
});
afterEach(() => {
  server.resetHandlers();
  setSearchEngine(engine);
});
afterAll(() => {
  server.close();
  setSearchEngine(null);
});

/** Publishes a challenge and a product through the pages, checking each write succeeds. */
async function writeThroughThePages() {
  const clinician = await signedIn({ role: "clinician" });
  const leadership = await signedIn({ role: "leadership" });
  const innovator = await signedIn({ role: "innovator" });
  const created = await call(newChallenge.action, postRequest("/challenges/new", challengeForm(), clinician.cookie));
  expect(created.status).toBe(302);
  const challenge = idOf(created);
  const published = await call(
    challengeDetail.action,
    postRequest(`/challenges/${challenge}`, { intent: "triage", decision: "publish", note: "" }, leadership.cookie),
    { params: { challengeId: String(challenge) } },
  );
  expect(published.status).toBe(302);
  const made = await call(newProduct.action, postRequest("/products/new", productForm({ intent: "draft" }), innovator.cookie));
  expect(made.status).toBe(302);
  const product = idOf(made);
  const live = await call(productDetail.action, postRequest(`/products/${product}`, { intent: "publish" }, innovator.cookie), { params: { productId: String(product) } });
  expect(live.status).toBe(302);
  return { challenge, product, leadership };
}

async function expectPagesToSayUnavailable(cookie: string) {
  const page = await call(searchPage.loader, getRequest("/search?q=falls"));
  expect(page.status).toBe(200);
  expect(page.data.outcome).toEqual({ available: false, notice: SEARCH_UNAVAILABLE });
  const status = (await call(admin.loader, getRequest("/admin", cookie))).data.search;
  expect(status.engine.state).toBe("unavailable");
  expect(status.outbox.pending).toBeGreaterThan(0);
  expect(status.outbox.failing).toBeGreaterThan(0);
  expect(status.outbox.lastError).toEqual(expect.any(String));
}

/** Fails one sync, then checks the rows kept their place with a doubling back-off. */
async function expectHeldWithBackoff(broken: SearchEngine, ids: { challenge: number; product: number }, error: RegExp) {
  clock = Date.now();
  const first = await syncOutbox(broken, { db: db(), now });
  expect(first.error).toMatch(error);
  expect(first.failed).toBeGreaterThan(0);
  const rows = [...outboxRows("challenges", ids.challenge), ...outboxRows("products", ids.product)];
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    expect(row).toMatchObject({ attempts: 1, nextAttemptAt: new Date(clock + 1000) });
    expect(row.lastError).toMatch(error);
  }
  // Nothing is due until the back-off ends, so nothing is tried.
  expect(await syncOutbox(broken, { db: db(), now })).toMatchObject({ upserted: 0, failed: 0, error: null });
  clock += 1000;
  await syncOutbox(broken, { db: db(), now });
  for (const row of outboxRows("products", ids.product)) expect(row).toMatchObject({ attempts: 2, nextAttemptAt: new Date(clock + 2000) });
}

async function expectCaughtUp() {
  clock += BACKOFF_CAP_MS;
  const report = await syncOutbox(engine, { db: db(), now });
  expect(report).toMatchObject({ error: null, failed: 0 });
  expect(outboxRows()).toEqual([]);
  // Nothing lost, nothing twice: the index holds each public record exactly once.
  const challenges = await indexedIds(engine, "challenges");
  const products = await indexedIds(engine, "products");
  expect(challenges).toEqual(publicIds("challenges"));
  expect(products).toEqual(publicIds("products"));
  expect(new Set([...challenges.map((id) => `c${id}`), ...products.map((id) => `p${id}`)]).size).toBe(challenges.length + products.length);
}

// The engine takes seconds to index the first documents of a fresh index, more when busy.
describe("when Meilisearch fails", { timeout: 60_000 }, () => {
  it("answering 500s: writes succeed, pages say so, and the outbox catches up afterwards", async () => {
    server.use(serverErrors(host));
    setSearchEngine(engine);
    const written = await writeThroughThePages();
    await expectHeldWithBackoff(engine, written, /internal error \(injected\)/);
    await expectPagesToSayUnavailable(written.leadership.cookie);
    server.resetHandlers();
    await expectCaughtUp();
    expect(await indexedIds(engine, "products")).toContain(String(written.product));
  });

  it("timing out: writes succeed, pages say so, and the outbox catches up afterwards", async () => {
    server.use(hangs(host, 3000));
    setSearchEngine(engine);
    const written = await writeThroughThePages();
    await expectHeldWithBackoff(engine, written, /timed out/);
    await expectPagesToSayUnavailable(written.leadership.cookie);
    server.resetHandlers();
    await expectCaughtUp();
    expect(await indexedIds(engine, "challenges")).toContain(String(written.challenge));
  });

  it("refusing connections: writes succeed, pages say so, and the outbox catches up afterwards", async () => {
    const refused = connect(`http://127.0.0.1:${await closedPort()}`);
    setSearchEngine(refused);
    const written = await writeThroughThePages();
    await expectHeldWithBackoff(refused, written, /fetch failed|ECONNREFUSED|connect/i);
    await expectPagesToSayUnavailable(written.leadership.cookie);
    setSearchEngine(engine);
    await expectCaughtUp();
  });

  it("the server's worker keeps retrying on its own and catches up once the engine is back", async () => {
    server.use(serverErrors(host));
    const log = vi.fn();
    const worker = startOutboxWorker(engine, { db: db(), pollMs: 100, log });
    try {
      const written = await writeThroughThePages();
      await vi.waitFor(() => expect(outboxRows("products", written.product).some((r) => r.attempts > 0)).toBe(true), { timeout: 5000, interval: 50 });
      expect(log).toHaveBeenCalledWith(expect.stringMatching(/writes wait in the outbox: .*internal error/));
      server.resetHandlers();
      // The next retry is at most a few seconds of back-off away.
      await vi.waitFor(() => expect(outboxRows()).toEqual([]), { timeout: 15_000, interval: 100 });
      await worker.idle();
      expect(log).toHaveBeenLastCalledWith("search index caught up");
      expect(await indexedIds(engine, "products")).toEqual(publicIds("products"));
      expect(await indexedIds(engine, "challenges")).toEqual(publicIds("challenges"));
    } finally {
      await worker.stop();
    }
  });
});
